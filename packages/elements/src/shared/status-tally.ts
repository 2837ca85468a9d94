/**
 * Targets counted by status, for the unit summary's groups and the overview's stacked bars: one order (most urgent
 * first, by the data's `statusTones`), one count per kind of reading, no colours.
 */
import { Status, statusLabels, statusTones, type Language } from '@dz-tasks/data';
import { readingGlyphs, statusGlyphs } from './glyphs.js';
import type { Strings } from './i18n/ui-strings.js';
import type { JudgedTarget } from './gauge/judged-target.js';

/** What a target's reading says: a {@link Status}, `unjudged` (a reading that cannot be judged) or `unreported` (no entry). */
export type TallyKey = Status | 'unjudged' | 'unreported';

const toneRank = { alert: 0, warning: 1, neutral: 2, good: 3 } as const;

/** Every status, most urgent first: the alert tone, then warning, neutral and good, each in the data's order. */
export const statusesByUrgency: readonly Status[] = Object.values(Status)
  .map((status, i) => ({ status, i }))
  .sort((a, b) => toneRank[statusTones[a.status]] - toneRank[statusTones[b.status]] || a.i - b.i)
  .map(({ status }) => status);

/** The keys in the order groups, segments and keys show them: statuses by urgency, then unjudged and unreported. */
export const tallyOrder: readonly TallyKey[] = [...statusesByUrgency, 'unjudged', 'unreported'];

/** Targets counted by what their readings say. */
export interface StatusTally {
  /** How many targets have each key; keys with no target are absent. */
  readonly counts: ReadonlyMap<TallyKey, number>;
  /** How many targets were counted. */
  readonly total: number;
  /** Targets whose status has the `alert` tone (seriously behind, missed, ceiling exceeded). */
  readonly alert: number;
  /** Targets whose status has the `warning` or `alert` tone: behind in the wide sense a ranking uses. */
  readonly behind: number;
  /** Targets with an entry in the report (judged or not): what the report's entries cover. */
  readonly reported: number;
}

/** The key of one judged target; a target without a feed counts as unreported. */
export function tallyKeyOf(judged: JudgedTarget): TallyKey {
  if (judged.evaluation) return judged.evaluation.status;
  if (judged.problem !== undefined) return 'unjudged';
  return 'unreported';
}

/** Counts `targets` by {@link tallyKeyOf}. */
export function tallyOf(targets: readonly JudgedTarget[]): StatusTally {
  const counts = new Map<TallyKey, number>();
  let alert = 0;
  let behind = 0;
  for (const judged of targets) {
    const key = tallyKeyOf(judged);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (key !== 'unjudged' && key !== 'unreported') {
      const tone = statusTones[key];
      if (tone === 'alert') alert++;
      if (tone === 'alert' || tone === 'warning') behind++;
    }
  }
  const ordered = new Map(tallyOrder.filter((key) => counts.has(key)).map((key) => [key, counts.get(key)!] as const));
  return { counts: ordered, total: targets.length, alert, behind, reported: targets.length - (counts.get('unreported') ?? 0) };
}

/** The glyph of a key: the status's, or `?` / `–` for a reading that gives none. */
export function tallyGlyph(key: TallyKey): string {
  return key === 'unjudged' || key === 'unreported' ? readingGlyphs[key] : statusGlyphs[key];
}

/** The word of a key in the language: the data's status label, or "cannot be judged" / "not reported". */
export function tallyWord(key: TallyKey, lang: Language, t: Strings): string {
  if (key === 'unjudged') return t.statusCannotJudge;
  if (key === 'unreported') return t.statusUnreported;
  return statusLabels[lang][key];
}

/** The tone (三色) of a key, for `data-tone`; a reading without a status has none. */
export function tallyTone(key: TallyKey): string | undefined {
  return key === 'unjudged' || key === 'unreported' ? undefined : statusTones[key];
}
