import { Status, type TargetEvaluation } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect } from '@open-wc/testing';
import type { JudgedTarget } from './gauge/judged-target.js';
import { tallyOf } from './status-tally.js';

const target = dezhou().plan.targets[0]!;
const judged = (status: Status): JudgedTarget => ({ target, due: false, unreported: false, evaluation: { status } as TargetEvaluation });

describe('tallyOf: behind is what a supervision office ranks as behind', () => {
  it('counts behind, seriously behind, missed, used faster than the pace and over the ceiling; not above the band nor not yet at target', () => {
    const behind: Status[] = [Status.behind, Status.seriouslyBehind, Status.missed, Status.overPace, Status.overCeiling];
    for (const status of Object.values(Status)) expect(tallyOf([judged(status)]).behind, status).to.equal(behind.includes(status) ? 1 : 0);
    const tally = tallyOf(Object.values(Status).map(judged));
    expect([tally.behind, tally.alert]).to.deep.equal([5, 3]);
  });
});
