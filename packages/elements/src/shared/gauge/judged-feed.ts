/**
 * A target judged against a progress report (`judgeTarget` with a report), in a module of its own: in the CDN build it
 * comes with the validators that every report passes through (a feed's, a `progress` property's: `vite.config.ts`'s
 * `feedJudgingOnDemand`), so a page of gauges given values (an article's) never loads it, nor the words of a target
 * the report has no entry for (未報送, {@link renderUnreported}).
 */
import { readingShown, latestIsoDate, progressHistory, staleReading, contradictedBy, type Language, type PlanLookups, type ProgressReport } from '@dz-tasks/data';
import { html, type TemplateResult } from 'lit';
import { readingGlyphs } from '../glyphs.js';
import type { Strings } from '../i18n/ui-strings.js';
import { sayProblem } from '../problem-words.js';
import { judgeReading } from './judge-reading.js';
import type { JudgedTarget } from './judged-target.js';

/** {@link JudgedTarget} of `judged.target` against `report` (see `judgeTarget`), from the target with no report (`judged`). */
export function judgeFeed(api: PlanLookups, judged: JudgedTarget, report: ProgressReport, lang: Language, words: boolean): JudgedTarget {
  const { target, due } = judged;
  const history = progressHistory(report, target.id);
  const reading = readingShown(history, target, report, latestIsoDate());
  // The highest earlier reading this one is lower than, of a total that cannot fall: the readings contradict.
  const earlier = reading && contradictedBy(history, reading, target);
  const problem = earlier && ({ code: 'belowEarlier', value: reading.value, earlier: earlier.value, earlierAsOf: earlier.asOf } as const);
  const said = reading && (problem ? { problem: words ? sayProblem(problem, target, lang) : problem.code } : judgeReading(api, target, reading, lang, true, words));
  return {
    target,
    due,
    ...said,
    ...(reading?.note === undefined ? {} : { note: reading.note }),
    unreported: !reading,
    reportAsOf: report.asOf,
    // Over its ceiling, or met, a total that cannot fall stands though not reported again (the data package's settledStatus).
    ...(reading && !problem && staleReading(reading, target, report, said && 'evaluation' in said ? said.evaluation : undefined) ? { stale: true as const } : {}),
    ...(history.length > 1 ? { history } : {}),
    // No entry, and the report's date has reached the deadline: 未報送, not 尚無進度數據 (a report before a target is due need not carry it).
    ...(!reading && report.asOf >= target.deadline ? { unreportedStatus: renderUnreported } : {}),
  };
}

/**
 * 未報送 (not reported) with its glyph, where a status would stand: a target the report has no entry for once the
 * report's date has reached its deadline (`JudgedTarget.unreportedStatus`, review r100 L8), as the unit summary counts
 * it; a word, not a colour alone, the glyph hidden from screen readers.
 */
const renderUnreported = (t: Strings, part = 'gauge-status'): TemplateResult =>
  html`<span class="gauge-status" part=${part}><span class="gauge-glyph" aria-hidden="true">${readingGlyphs.unreported}</span>&nbsp;${t.statusUnreported}</span>`;
