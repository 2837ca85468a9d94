/** The zod schema of a calendar date written `YYYY-MM-DD`, shared by plans and progress reports. */
import * as z from 'zod/mini';
import { isIsoDate } from './iso-date.js';
import { worded } from './issues.js';

/** A real calendar date as `YYYY-MM-DD` (`2023-02-30` is refused). */
export const IsoDateSchema = z.string().check(worded(z.regex(/^\d{4}-\d{2}-\d{2}$/), ['isoDate']), worded(z.refine(isIsoDate), ['realDate']));
