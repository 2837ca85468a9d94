/**
 * The words that give a unit its role, written once for every part of the parser that needs them. Each keyword is
 * matched character by character in either script (`[牽牵][頭头]`), so a mixed form such as 牽头單位 is read like the
 * pure ones. All patterns are alternations of fixed-length words with no nested quantifiers: matching stays linear.
 */

/** Whether a unit leads the task or takes part in it. */
export type UnitRole = 'lead' | 'participating';

/** The role words, lead words in group 1: 牽頭 負責 主責 主辦 (主辦單位 beside 協辦單位, Anhui's), then 配合 參與 協同 協辦. */
const ROLE_WORD = '([牽牵][頭头]|[負负主][責责]|主[辦办])|配合|[參参][與与]|[協协][同辦办]';
const UNIT_WORD = '[單单]位';
/**
 * The words of a label: a role word or 責任, then 單位 or 部門. 責任單位 names the units responsible without saying which
 * leads: without roles inside, all of them lead.
 */
export const LABEL = `(?:${ROLE_WORD}|[責责]任)(?:${UNIT_WORD}|部[門门])`;
/** Every role word has two characters (牽頭, 配合…): a role at the end of a group of names is its last two. */
export const ROLE_WORD_LENGTH = 2;
/**
 * A role word anywhere (group 1 holds it if it is a lead word): a parenthesis holding one may be a units list such as
 * `(市甲局牽頭,市乙局配合)`, and {@link roleOfWord} reads a role from it.
 */
export const ROLE_WORD_PATTERN = new RegExp(ROLE_WORD);

/**
 * A label that introduces units: `牽頭單位:` (with any space before the colon), `【責任單位】` or `[責任單位]`.
 * {@link roleOfWord} reads its role. Matched against the match form, where `：` is already `:`. A label without 單位
 * (`牽頭:市甲局;配合:市乙局`) is the words of a sentence too (`(配合:各縣市區按季度報送進展)`): `dz-plan` reads it after
 * the parse, where the task ends after it (`node/short-labels.ts`); the parser leaves it in the text.
 */
export const LABEL_PATTERN = new RegExp(`【${LABEL}】|\\[${LABEL}\\]|${LABEL}[ \\t]*:`, 'g');

/** A name ending in its role in brackets: `市甲局(牽頭)`. Group 1 is the role word. */
export const ROLE_ANNOTATION_PATTERN = new RegExp(`[(\\[【][ \\t]*(${ROLE_WORD})[ \\t]*[)\\]】]$`);

/**
 * Names that hold a role word and are still names, not roles: collectives (市深化融入京津冀協同發展領導小組各成員單位,
 * 各有關單位) and 協同發展/協同創新 in the name of a body or strategy. The Dezhou seed has two of them.
 */
const NAME_COMPOUNDS = new RegExp(`(?:成[員员]|[有相][關关]|直[屬属])${UNIT_WORD}|[協协]同(?:[發发]展|[創创]新)`, 'g');
/**
 * What a unit name must not hold: a role word, 單位, or a word of duties shared (`B、C按職責分工負責`, `A、B分別負責`):
 * whether those units lead or take part is for a person to decide, so the name is an error, not a guess.
 */
const LEFTOVER_ROLE = new RegExp(`${ROLE_WORD}|${UNIT_WORD}|[職职][責责]|分[別别]`);

/** The role word left in a unit name after splitting, if any: a sign the roles were written in a way not understood. */
export function leftoverRoleWord(name: string): string | undefined {
  return LEFTOVER_ROLE.exec(name.replace(NAME_COMPOUNDS, ''))?.[0];
}

/**
 * The role a role word (`牽頭`, from the end of a group of names or from brackets) or a label (`【牽頭單位】`,
 * `配合單位:`, whose only role word is its first) gives; `undefined` for a label that says no role (`責任單位:`) or for
 * two characters that are no role word.
 */
export function roleOfWord(word: string): UnitRole | undefined {
  const m = ROLE_WORD_PATTERN.exec(word);
  return m ? (m[1] ? 'lead' : 'participating') : undefined;
}
