/**
 * `@dz-tasks/data/node`: building a plan from a document's text, in Node (OpenCC, pinyin-pro and mammoth are
 * needed here, never in a browser bundle). They are optional packages, installed beside `@dz-tasks/data` by who
 * builds plans (`npm install opencc-js pinyin-pro mammoth`): without OpenCC or pinyin-pro, importing this entry
 * fails with Node's `ERR_MODULE_NOT_FOUND` naming the package; without mammoth, reading a .docx throws a
 * MissingPackageError. (`dz-plan` says each in its language, with the command that installs it.)
 *
 * @packageDocumentation
 */
export { parsePlanTextChecked, type ParsePlanTextCheckedOptions } from './parse-checked.js';
export { planFromText, type PlanFromTextOptions, type PlanFromTextResult } from './plan-from-text.js';
export { applyOverlay, PlanOverlaySchema, type ApplyOverlayOptions, type PlanOverlay } from './overlay.js';
export { lintPlan, REVIEW_CONFIDENCE, type ReviewItem } from './lint-plan.js';
export { DEFAULT_MAX_BYTES, DocumentRefusedError, DocumentTooLargeError, readDocument, type DocumentNote, type DocumentRefusal, type ReadDocumentOptions } from './read-document.js';
export { scriptOf, toSimplified, toTraditional } from './chinese.js';
