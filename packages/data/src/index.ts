/**
 * `@dz-tasks/data`: code for any plan of the same form, and no plan. The Dezhou 2023 plan is its own entry,
 * `@dz-tasks/data/dezhou-2023`, so a page loads the code and the data separately.
 *
 * - the model: zod schemas (`zod/mini`) and the types inferred from them, and its vocabulary (`Language`, `Status`…);
 * - a plan from JSON: `validatePlan`, `loadPlan` (the only functions here, with `parseProgressReport`, that load zod),
 *   their issues worded in a language; `validationMessagesIn(lang)` words them when you parse with the schemas yourself;
 * - queries: `createPlanApi` binds them all to a plan; each also stands alone, taking the plan's index
 *   (`getTask(indexPlan(plan), 9)`), so a bundle carries only the ones it calls;
 * - judging a target (`evaluateTarget`), reading values as editors write them, and formatting amounts and statuses;
 * - progress reports, the parser for other cities' documents (`parsePlanText`) and target extraction.
 *
 * @packageDocumentation
 */

// The model
export { Comparator, Firmness, Language, languages, Measure, Role, UnitKind } from './vocabulary.js';
export {
  PlanSchema,
  SectionSchema,
  TargetSchema,
  TaskSchema,
  UnitSchema,
  type ChineseText,
  type LocalizedText,
  type Plan,
  type Section,
  type Span,
  type Target,
  type Task,
  type Unit,
} from './schema.js';

// A plan from JSON, and its queries
export { loadPlan, PlanValidationError, validatePlan } from './load-plan.js';
export { issueLine, validationMessagesIn, type ValidationIssue } from './issues.js';
export type { ValidationOptions } from './validate-input.js';
export { createPlanApi, createPlanLookups, type PlanApi, type PlanLookups } from './plan-api.js';
export { planLookupsAsIs } from './plan-lookups.js';
export { indexPlan, type Assignment, type PlanIndex } from './plan-index.js';
export { getTask, type TaskRef } from './queries/get-task.js';
export { getSection, type SectionRef } from './queries/get-section.js';
export { getUnit, type UnitRef } from './queries/get-unit.js';
export { unitsByShortName } from './queries/units-by-short-name.js';
export { getTarget } from './queries/get-target.js';
export { EDITOR_LEFTOVERS, editorText, editorUrl, referenceText } from './queries/reference-number.js';
export { tasksOfUnit, type RoleFilter } from './queries/tasks-of-unit.js';
export { unitsOfTask, type UnitWithRole } from './queries/units-of-task.js';
export { targetsOfSection } from './queries/targets-of-section.js';
export { targetsOfTask, targetsOfUnit } from './queries/targets-of.js';
export { unitWorkload, type UnitWorkload } from './queries/unit-workload.js';
export { responsibilityMatrix, type ResponsibilityMatrix, type ResponsibilityMatrixOptions, type RoleTotals } from './queries/responsibility-matrix.js';
export { searchTasks, type SearchOptions, type TaskSearchResult } from './queries/search-tasks.js';

// Judging a target, and the words for it
export { evaluatePlanTarget, evaluateTarget, type EvaluateOptions, type TargetBand, type TargetEvaluation, type TargetReading } from './evaluate-target.js';
export { changeDirection, isChangeComparator, readsAsChange } from './target-kinds.js';
export { readingInWords } from './evaluation-sentence.js';
export { describeGap, targetGap, type TargetGap } from './target-gap.js';
export { parseReadingValue, type ParsedReadingValue } from './read-value.js';
export { InvalidReadingError } from './invalid-reading-error.js';
export {
  describeReadingProblem,
  type AfterDeadlineProblem,
  type AfterTodayProblem,
  type BeforePeriodProblem,
  type BelowEarlierProblem,
  type CountForShareProblem,
  type FractionForPercentProblem,
  type ImplausibleGrowthProblem,
  type InvalidDateProblem,
  type NegativeProblem,
  type NotANumberProblem,
  type OverWholeProblem,
  type PointsForLevelProblem,
  type ReadingProblem,
  type TooSmallProblem,
  type WrongScaleProblem,
  type WrongUnitProblem,
  type ZeroReadingProblem,
} from './reading-problems.js';
export { formatIsoDate, isIsoDate } from './iso-date.js';
export { latestIsoDate, localIsoDate } from './local-date.js';
export { comparatorLabels, comparatorSymbols, resolveLanguage, Status, statusLabels, statusTones } from './messages.js';
export { describeTarget, describeTargetInWords, formatAmount, formatNumber, unitScale } from './describe-target.js';
export { CSV_BOM, csvField, toCsv, type CsvValue } from './csv-text.js';
export { formatPercent } from './format-percent.js';
export { onLine } from './format-number.js';
export { paceLines, progressLines, targetLines } from './target-band.js';

// Progress reports
export {
  parseProgressReport,
  ProgressDisputeSchema,
  ProgressEntrySchema,
  ProgressReportSchema,
  type ProgressDispute,
  type ProgressEntry,
  type ProgressReport,
  type ProgressReportResult,
  type ReportPlan,
} from './progress-report.js';
// Reading a report already parsed needs no validator: these come from their own zod-free module.
export { judgedReading, latestProgress, progressHistory, readingShown, staleReading, type ProgressReading } from './latest-progress.js';
export { contradictedBy, runningTotal, settledStatus, totalFalls } from './running-total.js';
export { entriesByTarget } from './progress/histories.js';
// A whole report judged at a date, as `dz-plan progress summary` judges it; no validator either.
export { evaluateReport, type EvaluatedTarget, type EvaluateReportOptions, type ReportEvaluation, type ReportStatus, type ReportWarning } from './evaluate-report.js';
export type { ReadingWithStatus } from './progress/diff-judged.js';

// Other cities' documents
export {
  chineseNumeral,
  formatDiagnostic,
  parsePlanText,
  type Diagnostic,
  type DiagnosticCode,
  type ParsedPlanText,
  type ParsedSection,
  type ParsedTask,
  type TextSpan,
} from './parse-plan-text.js';
export { extractTargets, type ExtractOptions, type ProposedTarget } from './extract-targets.js';
export { installCommand, loadOptional, MissingPackageError } from './missing-package.js';
