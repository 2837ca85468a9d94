/** What judgeTarget says of a reading older than its report: the tally's "not reported this period". */
import { staleReading, type ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect } from '@open-wc/testing';
import { judgeTarget } from './judged-target.js';

const api = dezhou();
const report: ProgressReport = { plan: dezhouPlan.id, asOf: '2023-09-30', entries: [{ target: 't18.2', value: 600, asOf: '2023-06-30' }, { target: 't18.1', value: 300 }] };

describe('judgeTarget and the report’s date', () => {
  it('marks a latest reading older than the report stale, as the data package’s staleReading does, with the report’s date', () => {
    const old = judgeTarget(api, api.getTarget('t18.2')!, report, 'zh-Hant');
    expect(old.stale).to.equal(true);
    expect(staleReading(old.evaluation!, api.getTarget('t18.2')!, report)).to.equal(true);
    expect(old.reportAsOf).to.equal('2023-09-30');
    expect(old.evaluation!.asOf).to.equal('2023-06-30');
    const current = judgeTarget(api, api.getTarget('t18.1')!, report, 'zh-Hant');
    expect(current.stale).to.equal(undefined);
    expect(current.reportAsOf).to.equal('2023-09-30');
  });

  it('says nothing of dates without a report, or for a target the report leaves out', () => {
    const bare = judgeTarget(api, api.getTarget('t18.2')!, undefined, 'zh-Hant');
    expect(bare.stale).to.equal(undefined);
    expect(bare.reportAsOf).to.equal(undefined);
    const missing = judgeTarget(api, api.getTarget('t18.3')!, report, 'zh-Hant');
    expect([missing.unreported, missing.stale]).to.deep.equal([true, undefined]);
  });

  it('shows a reading dated after today as the problem, even behind an earlier one the target would be judged by', () => {
    const typo: ProgressReport = { plan: dezhouPlan.id, asOf: '2032-06-30', entries: [{ target: 't09.1', value: 2200, asOf: '2023-09-30' }, { target: 't09.1', value: 3000 }] };
    // Its problem by its code (the words load on demand).
    const judged = judgeTarget(api, api.getTarget('t09.1')!, typo, 'en', false);
    expect(judged.evaluation).to.equal(undefined);
    expect(judged.problem).to.equal('afterToday');
    expect(judged.stale).to.equal(undefined);
  });
});
