/**
 * The words of the lines `dz-plan progress diff` gained with `progress summary` (r68), per language (written by hand in
 * each, as `progressCommandWords`, which holds the diff's other words): the header naming both reports, and the
 * contradictions the new report keeps.
 */
import type { Language } from '../schema.js';

interface ProgressDiffWords {
  /** `progress diff`'s first line: each report's file and date. */
  readonly diffHeader: (old: string, oldDate: string, now: string, nowDate: string) => string;
  /**
   * `progress diff`'s line on stderr after the readings of the new report it names whatever changed (a total read
   * lower than before, kept from the old report or added before the reading compared; a reading it cannot judge):
   * they stay until corrected.
   */
  readonly atFault: (readings: number) => string;
  /**
   * After a line of `progress diff`: the new report's figure dated after the target's deadline (`ReportChange.late`,
   * r100 M1), reported late; the line's judged reading is the one as of the deadline (— when none was reported by then).
   */
  readonly late: (reading: string, date: string) => string;
  /**
   * What the new reading says in place of its status when it is dated before the target's deadline in a report dated
   * on or after it (`ReportChange.stale`, r100 M4): not reported this period, no figure as of the deadline.
   */
  readonly stale: string;
  /**
   * What `progress diff` says on stderr (after the place in the new report) of a figure the old report published that
   * the new one withdraws into a dispute between units (r126 F4): the old report's file and the figure in words.
   */
  readonly withdrawnIntoDispute: (old: string, before: string) => string;
}

export const progressDiffWords: Readonly<Record<Language, ProgressDiffWords>> = {
  'zh-Hant': {
    diffHeader: (old, oldDate, now, nowDate) => `比較 ${old}(${oldDate})與 ${now}(${nowDate})`,
    atFault: (n) => `dz-plan:新報告中還有 ${n} 個數值互相矛盾或無法判斷(見上):改正前不宜發布`,
    late: (reading, date) => `(逾期報送:${date}的 ${reading})`,
    stale: '本期未報,未報送截至完成時限的數值',
    withdrawnIntoDispute: (old, before) => `${old} 的 ${before} 已撤下:各單位報送的數值不同,數值待核定`,
  },
  'zh-Hans': {
    diffHeader: (old, oldDate, now, nowDate) => `比较 ${old}(${oldDate})与 ${now}(${nowDate})`,
    atFault: (n) => `dz-plan:新报告中还有 ${n} 个数值互相矛盾或无法判断(见上):改正前不宜发布`,
    late: (reading, date) => `(逾期报送:${date}的 ${reading})`,
    stale: '本期未报,未报送截至完成时限的数值',
    withdrawnIntoDispute: (old, before) => `${old} 的 ${before} 已撤下:各单位报送的数值不同,数值待核定`,
  },
  en: {
    diffHeader: (old, oldDate, now, nowDate) => `comparing ${old} (${oldDate}) with ${now} (${nowDate})`,
    atFault: (n) =>
      `dz-plan: ${n} ${n === 1 ? 'reading' : 'readings'} of the new report contradict an earlier figure or cannot be judged (above), changed or not: correct ${n === 1 ? 'it' : 'them'} before publishing`,
    late: (reading, date) => ` (reported after the deadline: ${reading} as of ${date})`,
    stale: 'not reported this period, no figure as of the deadline',
    withdrawnIntoDispute: (old, before) => `${before} of ${old} withdrawn: awaiting agreement between units`,
  },
};
