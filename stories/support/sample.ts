/**
 * The sample progress feed the stories use. Its values are invented for the demonstration (every entry's note says
 * 示例數據 / sample data) and every story showing them carries the sample-data label (`parameters.sampleData`).
 */
import sample from '../sample-data/progress-sample.json' with { type: 'json' };

/** The sample feed's URL, relative to Storybook's iframe (served from `stories/sample-data/` by `staticDirs`). */
export const sampleFeedUrl = './sample-data/progress-sample.json';

/** A feed that gives two readings of t09.1 (31 March and 30 June), for the trend. */
export const trendFeedUrl = './sample-data/trend-feed.json';

/** A feed whose reading of t04.3 is a head count (21000) for a target in 萬人: a reading that cannot be judged. */
export const wrongScaleFeedUrl = './sample-data/wrong-scale-feed.json';

/** A feed that fails validation: `entries[0].value` is a word, not a number. */
export const badFeedUrl = './sample-data/bad-feed.json';

/** The sample value of a target and the date it stands at, for stories that set `value` and `as-of` directly. */
export function sampleReading(target: string): { value: string; 'as-of': string } {
  const entry = sample.entries.find((e) => e.target === target);
  if (!entry) throw new Error(`the sample feed has no entry for ${target}`);
  // A string, as the attribute is written and as the text control edits it (a number left the control blank).
  return { value: String(entry.value), 'as-of': ('asOf' in entry && typeof entry.asOf === 'string' ? entry.asOf : undefined) ?? sample.asOf };
}
