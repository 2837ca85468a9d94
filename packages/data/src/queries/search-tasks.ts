import { stemEnglishWords } from '../fold.js';
import { normalizeKey, type PlanIndex } from '../plan-index.js';
import type { Task } from '../schema.js';

/** One search hit. */
export interface TaskSearchResult {
  /** The task found. */
  readonly task: Task;
  /**
   * Higher is better: per term, 100 for the task's number or id, plus 10 for a match in the title, 5 in a target's
   * metric, 4 in a unit's name or alias, 3 in the section title and 2 in the body, summed over the terms.
   */
  readonly score: number;
  /** Which fields matched: `number`, `title`, `target`, `unit`, `body`, `section`. */
  readonly matchedIn: readonly string[];
}

/** Options of {@link PlanApi.searchTasks}. */
export interface SearchOptions {
  /** At most this many results (default 20): a count, 0 or more, or `Infinity` for all; anything else is a `RangeError`. */
  readonly limit?: number;
}

const WEIGHTS = { number: 100, title: 10, target: 5, unit: 4, section: 3, body: 2 } as const;
type Field = keyof typeof WEIGHTS;

/** Per-task haystacks in all three languages, normalized once per plan. */
const haystackCache = new WeakMap<PlanIndex, Map<string, Record<Exclude<Field, 'number'>, string>>>();

function haystacks(index: PlanIndex) {
  let cached = haystackCache.get(index);
  if (cached) return cached;
  cached = new Map();
  for (const task of index.plan.tasks) {
    const section = index.sectionById.get(task.sectionId);
    const units = [...task.lead, ...task.participating].map((id) => index.unitById.get(id)).filter((u) => !!u);
    const targets = task.targetIds.map((id) => index.targetById.get(id)).filter((t) => !!t);
    // Traditional and Simplified fold to (nearly) the same key: keep each distinct one once.
    const join = (parts: string[]) => [...new Set(parts.map(searchKey))].join('\u0000');
    cached.set(task.id, {
      title: join([task.title['zh-Hant'], task.title['zh-Hans'], task.title.en]),
      target: join(targets.flatMap((t) => [t.metric['zh-Hant'], t.metric['zh-Hans'], t.metric.en])),
      unit: join(units.flatMap((u) => [u.name['zh-Hant'], u.name['zh-Hans'], u.name.en, ...u.aliases])),
      section: section ? join([section.title['zh-Hant'], section.title['zh-Hans'], section.title.en]) : '',
      body: join([task.body['zh-Hant'], task.body['zh-Hans']]),
    });
  }
  haystackCache.set(index, cached);
  return cached;
}

/** Text as search compares it: English words stemmed, then {@link normalizeKey} (width, case, script folded). */
function searchKey(text: string): string {
  return normalizeKey(stemEnglishWords(text.normalize('NFKC').toLowerCase()));
}

/** Splits a query into terms: whitespace and punctuation separate terms; Chinese runs stay whole. */
function termsOf(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,.;:!?、，。；：！？()（）"“”'‘’]+/u)
    .filter((t) => t.length > 0);
}

/**
 * The `limit` option as a count: 20 when unset; a `RangeError` naming it unless a count, 0 or more, or `Infinity`
 * (`-1` would drop the last result, `NaN` or `'2'` every one).
 */
function limitOf(limit: unknown): number {
  if (limit === undefined) return 20;
  if (limit === Infinity || (Number.isInteger(limit) && (limit as number) >= 0)) return limit as number;
  throw new RangeError(`limit ${typeof limit === 'string' ? JSON.stringify(limit) : String(limit)} is not a count (0, 1, 2…) or Infinity`);
}

/**
 * The query behind `PlanApi.searchTasks` (documented there, once), for any plan's index.
 *
 * @example
 * ```ts
 * searchTasks(index, '新能源汽车')[0].task.number; // 11
 * ```
 * @throws RangeError when `options.limit` is not a count or `Infinity`.
 */
export function searchTasks(index: PlanIndex, query: string, options: SearchOptions = {}): TaskSearchResult[] {
  const limit = limitOf(options.limit);
  const terms = termsOf(String(query ?? ''));
  if (!terms.length) return [];
  const all = haystacks(index);
  const keys = new Map(terms.map((term) => [term, searchKey(term)]));
  const results: TaskSearchResult[] = [];
  for (const task of index.plan.tasks) {
    const fields = all.get(task.id)!;
    let score = 0;
    const matched = new Set<string>();
    let everyTerm = true;
    for (const term of terms) {
      const key = keys.get(term)!;
      let termScore = 0;
      if (term === String(task.number) || term === task.id) {
        termScore += WEIGHTS.number;
        matched.add('number');
      }
      for (const field of ['title', 'target', 'unit', 'section', 'body'] as const) {
        if (key && fields[field].includes(key)) {
          termScore += WEIGHTS[field];
          matched.add(field);
        }
      }
      if (termScore === 0) everyTerm = false;
      score += termScore;
    }
    if (everyTerm) results.push({ task, score, matchedIn: [...matched] });
  }
  results.sort((a, b) => b.score - a.score || a.task.number - b.task.number);
  return results.slice(0, limit);
}
