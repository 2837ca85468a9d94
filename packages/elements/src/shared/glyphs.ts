/** The glyphs that go with a role or a status, so neither ever rests on colour alone. */
import type { Role, Status } from '@dz-tasks/data';

/** The glyph beside each role's word: `●` lead, `○` participating. */
export const roleGlyphs: Readonly<Record<Role, string>> = { lead: '●', participating: '○' };

/** A glyph per status. Shapes differ, not only colours. */
export const statusGlyphs: Readonly<Record<Status, string>> = {
  met: '✓',
  onTrack: '↗',
  behind: '↘',
  seriouslyBehind: '⇊',
  notStarted: '○',
  missed: '✕',
  overPace: '»',
  overCeiling: '▲',
  aboveBand: '⇡',
  belowTarget: '◔',
  pending: '◷',
};

/**
 * The glyph of a reading that gives no status: `?` one that cannot be judged, `–` no entry in the report, `◌` an entry
 * older than the report (not reported this period).
 */
export const readingGlyphs: Readonly<Record<'unjudged' | 'unreported' | 'stale', string>> = { unjudged: '?', unreported: '–', stale: '◌' };
