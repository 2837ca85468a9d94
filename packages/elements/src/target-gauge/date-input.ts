/**
 * The gauge's `as-of`, its only date input: kept beside the gauge, so pages without a gauge do not load it.
 */
import { editorText, localIsoDate } from '@dz-tasks/data';
import { textual } from '../shared/inputs.js';

/**
 * A Date as `String(date)` writes it (`Fri Jun 30 2023 00:00:00 GMT+0800 (…)`): what React 19 and Vue set as the
 * attribute for `as-of={date}` (a kebab-case name is not a property), and what every engine reads back exactly.
 */
const DATE_TEXT = /^([A-Z][a-z]{2} ){2}\d\d \d{4} \d\d(:\d\d){2} GMT[+-]\d{4}/;

/** A date (`as-of`): a string ({@link editorText}; checked as `YYYY-MM-DD` where it is used), or a valid `Date`, or a Date's text. */
export const dateInput = textual((written) => {
  const value = typeof written === 'string' ? editorText(written) : written;
  const date = typeof value === 'string' && DATE_TEXT.test(value) ? new Date(value) : value;
  return typeof date === 'string' ? date : date instanceof Date && Number.isFinite(date.getTime()) ? localIsoDate(date) : undefined;
});

