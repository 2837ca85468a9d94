/**
 * Targets counted by status, for the unit summary's groups and the overview's stacked bars: one order (most urgent
 * first, by the data's `statusTones`), one count per kind of reading, no colours.
 */
import { Status, statusLabels, statusTones, type Language } from '@dz-tasks/data';
import { readingGlyphs, statusGlyphs } from './glyphs.js';
import type { Strings } from './i18n/ui-strings.js';
import type { JudgedTarget } from './gauge/judged-target.js';

/**
 * What a target's reading says: a {@link Status}, `stale` (the reading judged is older than the report and the deadline: not reported
 * this period, whatever its status at its own date), `unjudged` (a reading that cannot be judged) or `unreported`
 * (no entry).
 */
export type TallyKey = Status | ReadingKey;

/** The keys of readings that give no status for the report's date. */
type ReadingKey = 'stale' | 'unjudged' | 'unreported';

const isReadingKey = (key: TallyKey): key is ReadingKey => key === 'stale' || key === 'unjudged' || key === 'unreported';

const toneRank = { alert: 0, warning: 1, neutral: 2, good: 3 } as const;

/** Every status, most urgent first: the alert tone, then warning, neutral and good, each in the data's order. */
export const statusesByUrgency: readonly Status[] = Object.values(Status)
  .map((status, i) => ({ status, i }))
  .sort((a, b) => toneRank[statusTones[a.status]] - toneRank[statusTones[b.status]] || a.i - b.i)
  .map(({ status }) => status);

/**
 * The statuses the overview counts as behind and ranks by (`sort="behind"`), as a supervision office (督查) ranks:
 * below the pace or far below it, the deadline missed, a ceiling used faster than the pace or exceeded. Not the
 * statuses that judge no pace: above an approximate band (`aboveBand`, a warning), a level below its target with no
 * baseline to pace from (`belowTarget`, neutral).
 */
export const behindStatuses: ReadonlySet<Status> = new Set([Status.behind, Status.seriouslyBehind, Status.missed, Status.overPace, Status.overCeiling]);

/** The keys in the order groups, segments and keys show them: statuses by urgency, then stale, unjudged and unreported. */
export const tallyOrder: readonly TallyKey[] = [...statusesByUrgency, 'stale', 'unjudged', 'unreported'];

/** Targets counted by what their readings say. */
export interface StatusTally {
  /** How many targets have each key; keys with no target are absent. */
  readonly counts: ReadonlyMap<TallyKey, number>;
  /** How many targets were counted. */
  readonly total: number;
  /** Targets whose status has the `alert` tone (seriously behind, missed, ceiling exceeded). */
  readonly alert: number;
  /** Targets whose status is one of {@link behindStatuses}: what a ranking counts (the alert ones among them). */
  readonly behind: number;
  /** The targets whose reading cannot be judged (`unjudged`), in the order given. */
  readonly unjudged: readonly JudgedTarget[];
  /** Targets with an entry in the report (judged or not): what the report's entries cover. */
  readonly reported: number;
}

/** The key of one judged target; a target without a feed counts as unreported. */
export function tallyKeyOf(judged: JudgedTarget): TallyKey {
  if (judged.stale) return 'stale';
  if (judged.evaluation) return judged.evaluation.status;
  if (judged.problem !== undefined) return 'unjudged';
  return 'unreported';
}

/** Counts `targets` by {@link tallyKeyOf}. */
export function tallyOf(targets: readonly JudgedTarget[]): StatusTally {
  const counts = new Map<TallyKey, number>();
  let alert = 0;
  let behind = 0;
  const unjudged: JudgedTarget[] = [];
  for (const judged of targets) {
    const key = tallyKeyOf(judged);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (key === 'unjudged') unjudged.push(judged);
    else if (!isReadingKey(key)) {
      if (statusTones[key] === 'alert') alert++;
      if (behindStatuses.has(key)) behind++;
    }
  }
  const ordered = new Map(tallyOrder.filter((key) => counts.has(key)).map((key) => [key, counts.get(key)!] as const));
  return { counts: ordered, total: targets.length, alert, behind, unjudged, reported: targets.length - (counts.get('unreported') ?? 0) };
}

/** The glyph of a key: the status's, or `?` / `–` for a reading that gives none. */
export function tallyGlyph(key: TallyKey): string {
  return isReadingKey(key) ? readingGlyphs[key] : statusGlyphs[key];
}

/** The word of a key in the language: the data's status label, or "cannot be judged" / "not reported". */
export function tallyWord(key: TallyKey, lang: Language, t: Strings): string {
  if (key === 'unjudged') return t.statusCannotJudge;
  if (key === 'unreported') return t.statusUnreported;
  if (key === 'stale') return t.statusStale;
  return statusLabels[lang][key];
}

/** The tone (三色) of a key, for `data-tone`; a reading without a status has none. */
export function tallyTone(key: TallyKey): string | undefined {
  return isReadingKey(key) ? undefined : statusTones[key];
}
