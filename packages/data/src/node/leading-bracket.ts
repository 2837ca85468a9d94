/**
 * A bracket that starts a task's text, right after its number: a county's units (`（1）【縣發改局】全年實施…`,
 * `[縣農業農村局牽頭,縣財政局配合]`, read by `units-in-text.ts`), or words that are no unit's, the task's topic
 * (`1.【重點項目建設】全年實施重點項目50個。`), which stay in its title and out of its targets (`task-proposals.ts`).
 */
import { toMatchForm } from '../parse/match-form.js';

/** The bracket at `lastIndex` of a text's match form (sticky): 【…】 or […], its words (group 1) on one line. */
export const LEADING_BRACKET = /[【[]([^【】[\]\n]{2,120})[】\]]/uy;

/** The bracket that starts `text` (as written): its length with its brackets, 0 if it starts with none. */
export function leadingBracketLength(text: string): number {
  LEADING_BRACKET.lastIndex = 0;
  return LEADING_BRACKET.exec(toMatchForm(text))?.[0].length ?? 0;
}
