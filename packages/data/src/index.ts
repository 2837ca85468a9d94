/**
 * `@dz-tasks/data`: the Dezhou 2023 key work tasks as typed, verified data; zod schemas; query helpers; target
 * evaluation; progress reports; and a parser for documents of the same form.
 *
 * @packageDocumentation
 */
export * from './schema.js';
export * from './messages.js';
export { formatPath, toValidationIssues, validationMessages, type ValidationIssue } from './issues.js';
export * from './parse-plan-text.js';
export { normalizeKey, indexPlan, type PlanIndex, type Assignment } from './plan-index.js';
export * from './plan-api.js';
export * from './evaluate-target.js';
export * from './read-value.js';
export { isIsoDate } from './iso-date.js';
export * from './describe-target.js';
export { extractTargets, type ExtractOptions, type ProposedTarget } from './extract-targets.js';
export * from './progress-report.js';
export * from './dezhou-2023.js';
export type { TaskRef } from './queries/get-task.js';
export type { SectionRef } from './queries/get-section.js';
export type { UnitRef } from './queries/get-unit.js';
export type { RoleFilter } from './queries/tasks-of-unit.js';
export type { UnitWithRole } from './queries/units-of-task.js';
export type { UnitWorkload } from './queries/unit-workload.js';
export type { ResponsibilityMatrix, ResponsibilityMatrixOptions, RoleTotals } from './queries/responsibility-matrix.js';
export type { SearchOptions, TaskSearchResult } from './queries/search-tasks.js';
