/**
 * An evaluation said in one sentence for screen readers, in zh-Hant, zh-Hans and English: what was reached by when,
 * against which target, how it compares with the pace or the target, and the status.
 */
import { describeTargetInWords, formatAmount } from './describe-target.js';
import { builtUp } from './built-up.js';
import type { Standing, TargetEvaluation } from './evaluate-target.js';
import { formatPercent } from './format-percent.js';
import { metBeyondGoal, paceLines, progressLines } from './target-band.js';
import { changeDirection } from './target-kinds.js';
import { formatIsoDate } from './iso-date.js';
import { comparatorLabels, statusLabels } from './messages.js';
import { sentence as en } from './sentence-en.js';
import { sentence as zhHans } from './sentence-zh-hans.js';
import { sentence as zhHant } from './sentence-zh-hant.js';
import type { Language, Target } from './schema.js';
import type { Comparator } from './vocabulary.js';
import type { SentenceWords } from './words.js';

/**
 * What a status is said with beyond its name, in the sentence and in `dz-plan progress summary`'s lines: beside a
 * ceiling used faster than the pace, what is left of it, or that it is used up (r82 M4:
 * 21.17 of 21.17億m³ in October is no reading a little ahead of the pace); beside a target met beyond its goal
 * (`metBeyondGoal`), 超額完成 (r82 L1). `''` for any other.
 */
export function statusNote(e: Pick<TargetEvaluation, 'target' | 'value' | 'asOf' | 'status'>, lang: Language): string {
  const w = sentenceWords[lang];
  const goal = e.target.value;
  // What is left, to its first figure where two decimals would write 0 (0.001億立方米 of 21.17, 0.001 tonnes): some is
  // left. Formatted once, as an amount of the target whose only line is 0 (none left), in every language: English
  // formatted a figure formatted already, to two decimals again (0 tonnes, review r90 L1).
  return e.status === 'overPace'
    ? w.left(e.value < goal ? formatAmount({ ...e.target, value: 0 }, goal - e.value, lang) : '')
    : e.status === 'met' && metBeyondGoal(e.target, e.value) ? w.exceeded : '';
}

/**
 * How the reading compares, in words: against the pace, the ceiling, or the target itself. `few` and `insideYear` are
 * the judgement's own (`fewWholeThings`, `readInsideYear`): why it paced as it did. On the deadline no note says why
 * (few, one thing, awarded, built up, no baseline, not annual): the status judges the reading itself (未達成 beside
 * 容許相差一件 contradicted it; 不作進度判斷 read as if nothing were judged).
 */
function comparisonOf(e: Omit<TargetEvaluation, 'sentence'>, standing: Standing, lang: Language, baseline: number | undefined, few: boolean, insideYear: boolean): string {
  const w = sentenceWords[lang];
  const note = statusNote(e, lang);
  // A level's fall is said from the baseline it fell from; a change's or a growth's from nothing (it went the other way).
  if (standing === 'wrongWay') return baseline === undefined ? w.wrongWay : w.movedFrom(formatAmount(e.target, baseline, lang), e.lowerIsBetter);
  const due = e.asOf === e.target.deadline;
  if (e.expected === undefined) {
    // Over a ceiling the status says it (已超上限): 超過上限 before it said it twice.
    if (standing === 'above' && e.lowerIsBetter) return '';
    // Met beyond the goal, 超額完成 in place of where it stands (已達到目標, 高於目標區間 of 1600 of 1500億元左右). Above a
    // band it is off only when its status says so (aboveBand): above one it asks for (增長6%左右 at 6.5%, 下降10%—12%
    // at 13) it reached its goal, not 高於目標區間 beside 進度正常 (r117 F6).
    const where = note || (standing === 'below' ? w.below : e.status === 'aboveBand' ? w.aboveBand : standing === 'reached' && e.band ? w.inBand : w.reached);
    // A change read inside a year is no annual figure: said whatever it shows, as it is why no pace is judged.
    if (insideYear) return where + w.notAnnual;
    // Why a reading below its target is not judged against a pace: said until the deadline; on it, no note (nor the
    // missing baseline's below).
    const why = due ? '' : e.measure === 'designation' ? w.conferred : few ? w.single : builtUp(e.target) ? w.byDeadline : undefined;
    if (why !== undefined) return standing === 'below' ? where + why : where;
    // A baseline given at or past the target is no pace either, but it is no missing baseline; a held level's floor is
    // its pace, as a held rate's: no baseline is missing.
    return ((e.measure === 'level' && !e.target.held) || e.measure === undefined) && baseline === undefined ? `${where}${w.noPace}` : where;
  }
  // Inside a 左右 band short of the pace (1450 of 1500左右, no way gone from a baseline of 1450): in the band, which
  // its status says, not a share that would contradict it.
  if (e.band && standing === 'reached' && e.progress < e.expected) return w.inBand;
  const expected = formatPercent(e.expected, paceLines(e), lang);
  const pace = e.measure === 'change' && e.target.baselineYear !== undefined ? w.pathFrom(e.target.baselineYear, expected) : w.pace(expected);
  const done = formatPercent(e.progress, progressLines(e), lang);
  const share = e.measure === 'ceiling' ? w.used(done) : w.done(done);
  // A few whole things: why one thing short of the pace is on it, until the deadline; then what is left of a ceiling
  // used faster than the pace, or 超額完成.
  return `${share}${w.comma}${pace}${few && !due ? w.few : ''}${note && w.comma + note}`;
}

/**
 * A reading of `target` as the target is stated: a level or an amount as it is (`2100個`, a gap `1.4個百分點`), a change
 * or a growth as the movement (`下降12.5%`, `增長6%`, `a decrease of 12.5%`; the wrong way with the opposite word:
 * `增長3.1%` for -3.1 of 下降12%), never as a level it is not (`萬元GDP用水量為12.5%`). The direction is the change's
 * ({@link changeDirection}): a growth under a ceiling (增速控制在3%以內) read -2 is `下降2%`. The sentences' words, and
 * `dz-plan progress diff`'s.
 *
 * @param words - the word of each comparator, the direction's word before the amount: the language's
 * `comparatorLabels` by default; a gauge passes its arrows (`↓`, `↑`).
 * @param space - what follows the word: a space in English, nothing in Chinese by default; a gauge passes a no-break
 * space (`↓ 12.5%`).
 * @param amount - how the amount is written: `formatAmount` by default; a gauge passes its own, which never rounds a
 * reading onto a value the target turns on.
 */
export function readingInWords(
  target: Target,
  value: number,
  lang: Language,
  words: Readonly<Record<Comparator, string>> = comparatorLabels[lang],
  space = lang === 'en' ? ' ' : '',
  amount: (target: Target, value: number, lang: Language) => string = formatAmount,
): string {
  const by = changeDirection(target);
  if (!by) return amount(target, value, lang);
  return words[value < 0 ? (by === 'decreaseBy' ? 'increaseBy' : 'decreaseBy') : by] + space + amount(target, Math.abs(value), lang);
}

/**
 * The evaluation in one sentence in the language: the metric, the reading and its date, the target, how it compares
 * and the status. `baseline` is the level's baseline given, `few` and `insideYear` the judgement's own facts
 * (`fewWholeThings`, `readInsideYear`), which the comparison says.
 */
export function evaluationSentence(e: Omit<TargetEvaluation, 'sentence'>, standing: Standing, lang: Language, baseline: number | undefined, few: boolean, insideYear: boolean): string {
  const { target } = e;
  const w = sentenceWords[lang];
  const reached = readingInWords(target, e.value, lang);
  const date = formatIsoDate(e.asOf, lang);
  const status = statusLabels[lang][e.status];
  // Above a rate's band the comparison is the status itself (高於目標區間), with what it says beside (非全年數據): said
  // once, in the status's place (r114 F6).
  const comparison = comparisonOf(e, standing, lang, baseline, few, insideYear);
  const said = comparison.startsWith(status);
  return w.sentence(target.metric[lang], reached, date, describeTargetInWords(target, lang), said ? '' : comparison, said ? comparison : status, target.each?.[lang]);
}

/** The sentences' pieces in each language, a module each (`words.ts` says why). */
export const sentenceWords: Readonly<Record<Language, SentenceWords>> = { 'zh-Hant': zhHant, 'zh-Hans': zhHans, en };
