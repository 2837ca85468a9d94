/** The words of the input check, in the element's language: the `invalid-attribute` error and the notices. */
import type { InputNotice, Rejection } from './check-inputs.js';
import { ErrorCode, type DzErrorDetail } from './events.js';
import type { Strings } from './i18n/ui-strings.js';

/** The error for a property value the element cannot use: `Invalid section: Array (expected text, a number, …)`. */
export function inputErrorOf(rejection: Rejection, t: Strings): DzErrorDetail {
  return {
    code: ErrorCode.invalidAttribute,
    message: t.invalidAttribute(rejection.attribute, rejection.value, t.expectedInput[rejection.expected]),
  };
}

/** A notice in words, with the suggestion when there is one: `Unknown attribute "sections" ignored. Did you mean "section"?`. */
export function noticeMessage(notice: InputNotice, t: Strings): string {
  const message =
    notice.kind === 'unknown-attribute'
      ? t.unknownAttribute(notice.attribute)
      : t.invalidChoice(notice.attribute, notice.value, notice.choices.join(' | '));
  return notice.suggestion === undefined ? message : `${message}${t.didYouMean(notice.suggestion)}`;
}
