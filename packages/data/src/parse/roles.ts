/**
 * The words that give a unit its role, in both scripts, written once for every part of the parser that needs them.
 * All patterns are alternations of fixed words with no nested quantifiers, so matching stays linear in the input.
 */

/** Whether a unit leads the task or takes part in it. */
export type UnitRole = 'lead' | 'participating';

const LEAD_WORDS = ['牽頭', '牵头', '負責', '负责', '主責', '主责'];
const PARTICIPATING_WORDS = ['配合', '參與', '参与', '協同', '协同', '協辦', '协办'];
/** 責任單位 names the units responsible without saying which leads: without roles inside, all of them lead. */
const RESPONSIBLE_WORDS = ['責任', '责任'];
const UNIT_WORDS = '(?:單位|单位|部門|部门)';

const ROLE_WORDS = [...LEAD_WORDS, ...PARTICIPATING_WORDS];
const ROLE_WORD = ROLE_WORDS.join('|');
const LABEL_WORD = [...ROLE_WORDS, ...RESPONSIBLE_WORDS].join('|');

/** A role word anywhere: a parenthesis holding one may be a units list such as `(市甲局牽頭,市乙局配合)`. */
export const ROLE_WORD_PATTERN = new RegExp(ROLE_WORD, 'g');

/**
 * A label that introduces units: `牽頭單位:` (with any space before the colon), `【責任單位】` or `[責任單位]`.
 * Group 1, 2 or 3 holds the role word. Matched against the match form, where `：` is already `:`.
 */
export const LABEL_PATTERN = new RegExp(`【(${LABEL_WORD})${UNIT_WORDS}】|\\[(${LABEL_WORD})${UNIT_WORDS}\\]|(${LABEL_WORD})${UNIT_WORDS}[ \\t]*:`, 'g');

/** A name ending in its role in brackets: `市甲局(牽頭)`. Group 1 is the role word. */
export const ROLE_ANNOTATION_PATTERN = new RegExp(`[(\\[【][ \\t]*(${ROLE_WORD})[ \\t]*[)\\]】]$`);

/**
 * Names that hold a role word and are still names, not roles: collectives (市深化融入京津冀協同發展領導小組各成員單位,
 * 各有關單位) and 協同發展/協同創新 in the name of a body or strategy. The Dezhou seed has two of them.
 */
const NAME_COMPOUNDS = new RegExp('(?:成員|成员|有關|有关|相關|相关|直屬|直属)(?:單位|单位)|(?:協同|协同)(?:發展|发展|創新|创新)', 'g');
const LEFTOVER_ROLE = new RegExp(`${ROLE_WORD}|單位|单位`);

/** The role word left in a unit name after splitting, if any: a sign the roles were written in a way not understood. */
export function leftoverRoleWord(name: string): string | undefined {
  return LEFTOVER_ROLE.exec(name.replace(NAME_COMPOUNDS, ''))?.[0];
}

/** The role a label or suffix word gives; `undefined` for 責任 (responsible, role not said). */
export function roleOfWord(word: string): UnitRole | undefined {
  if (LEAD_WORDS.includes(word)) return 'lead';
  if (PARTICIPATING_WORDS.includes(word)) return 'participating';
  return undefined;
}

/** The role word at the end of a group of names (`市乙局、市丙局配合`), if any. */
export function roleSuffix(text: string): string | undefined {
  // endsWith, not a regex anchored at $: the engine would try the alternation at every index of a long group.
  return ROLE_WORDS.find((word) => text.endsWith(word));
}
