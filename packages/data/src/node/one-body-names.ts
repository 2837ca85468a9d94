/**
 * A body's second name in brackets after its first (挂牌, 加挂: `市发展改革委（市能源局）`, `市委组织部（市委人才办）`): one
 * body, so one unit, where other tasks name it alone. Read when a plan is built (`plan-from-text.ts`): the unit is the
 * name before the brackets, the bracketed name and the name as written its aliases; a task that names the second name
 * alone names the same unit. Only a body of the same rank is another name (局, 委, 辦, 廳, 署…); a sub-unit in brackets
 * (`市公安局（市交警支队）`: 支隊, 大隊, 中心, 站, 所, 分局, 院…) is a unit apart, as written. Each merge is said
 * (`unitNamesMerged`), so a wrong one can be seen. The parse keeps the names as written.
 */
import type { DiagnosticSink } from '../parse/diagnostics.js';
import type { ParsedPlanText, ParsedTask } from '../parse/types.js';
import { isUnitName } from './unit-kind.js';
import { unitNamesMergedWords } from './unit-words.js';

/**
 * A name, then a second name in brackets that ends it: one of a body (a level first, 市, 省, 縣, 區, 州 or 旗, and a
 * body's last word); not 各鄉鎮（街道）, 各縣（市、區）政府.
 */
const SECOND_NAME = /^(.{2,}?)[（(]([市省縣县區区州旗][^（）()、,，]+)[）)]$/u;

/**
 * The last word of a body of a department's rank, as a second name ends (市能源局, 市委人才辦, 省能源局, 市國資委): 局 but
 * not 分局, 委, 委員會, 辦, 辦公室, 廳, 署. A sub-unit's (支隊, 中心, 站, 所, 院) is not one.
 */
const BODY_OF_RANK = /(?:(?<!分)局|委|委[員员][會会]|[辦办]|[辦办]公室|[廳厅]|署)$/u;

/** The units of a parse, each name a body's, with each body's other names (its aliases) as written. */
export interface OneBodyNames {
  readonly tasks: readonly ParsedTask[];
  readonly units: readonly string[];
  /** The body's name → its other names: the bracketed ones and the names as written with them. */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

/**
 * `parsed`'s tasks and units with each second name read as its body's (above), each merge said to `sink` where `text`
 * first names it.
 */
export function oneBodyNames(text: string, parsed: Pick<ParsedPlanText, 'tasks' | 'units'>, sink: DiagnosticSink): OneBodyNames {
  const bodyOf = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  for (const name of parsed.units) {
    const [, body, second] = SECOND_NAME.exec(name) ?? [];
    if (!body || !second || !BODY_OF_RANK.test(second) || !isUnitName(body) || !isUnitName(second)) continue;
    sink.warning('unitNamesMerged', unitNamesMergedWords.en(name, body, second), Math.max(0, text.indexOf(name)));
    for (const other of [second, name]) {
      bodyOf.set(other, body);
      const known = aliases.get(body) ?? [];
      if (!known.includes(other)) aliases.set(body, [...known, other]);
    }
  }
  if (!bodyOf.size) return { ...parsed, aliases };
  const named = (names: readonly string[]) => [...new Set(names.map((name) => bodyOf.get(name) ?? name))];
  const tasks = parsed.tasks.map((task): ParsedTask => {
    const lead = named(task.lead);
    // A body that leads does not also take part under its second name.
    return { ...task, lead, participating: named(task.participating).filter((name) => !lead.includes(name)) };
  });
  return { tasks, units: [...new Set(tasks.flatMap((t) => [...t.lead, ...t.participating]))], aliases };
}
