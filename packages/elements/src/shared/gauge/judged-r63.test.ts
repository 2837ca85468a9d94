/**
 * Review r63 §1–§5, in the judgement every element shares (`judgeTarget`) and the overview's tally: a running total
 * read lower than an earlier reading is a reading problem, not a status; a stale reading whose status cannot change
 * any more (over the ceiling, met) shows that status, not 本期未報, and one that could still change stays 本期未報.
 */
import type { ProgressReport } from '@dz-tasks/data';
import { dezhou, dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { expect } from '@open-wc/testing';
import { tallyKeyOf } from '../status-tally.js';
import { judgeTarget } from './judged-target.js';

const api = dezhou();
const feed = (asOf: string, id: string, readings: [number, string][]): ProgressReport => ({
  plan: dezhouPlan.id,
  asOf,
  entries: readings.map(([value, date]) => ({ target: id, value, asOf: date })),
});
/** The judgement of `id` in the feed, its problem by its code (the words load on demand), and its tally key. */
const judge = (id: string, report: ProgressReport) => {
  const judged = judgeTarget(api, api.getTarget(id)!, report, 'zh-Hant', false);
  return { status: judged.evaluation?.status, problem: judged.problem, stale: judged.stale, key: tallyKeyOf(judged) };
};

describe('judgeTarget after review r63', () => {
  it('§1: a ceiling’s use read lower than before (22, then 21) is a problem, not 已達成 nor 進度正常', () => {
    expect(judge('t26.3', feed('2024-01-15', 't26.3', [[22, '2023-09-30'], [21, '2023-12-31']]))).to.deep.equal({ status: undefined, problem: 'belowEarlier', stale: undefined, key: 'unjudged' });
    expect(judge('t26.3', feed('2023-09-30', 't26.3', [[16, '2023-06-30'], [12, '2023-09-30']])).problem).to.equal('belowEarlier');
  });

  it('§2: a flow met and then read lower (3100, then 2900) is a problem, not 未達成; so is 2500 then 1000', () => {
    expect(judge('t09.1', feed('2024-01-15', 't09.1', [[3100, '2023-09-30'], [2900, '2023-12-31']]))).to.deep.equal({ status: undefined, problem: 'belowEarlier', stale: undefined, key: 'unjudged' });
    expect(judge('t57.3', feed('2023-12-31', 't57.3', [[6.5, '2023-09-30'], [5.5, '2023-12-31']])).problem).to.equal('belowEarlier');
    expect(judge('t09.1', feed('2023-10-31', 't09.1', [[2500, '2023-09-30'], [1000, '2023-10-31']])).problem).to.equal('belowEarlier');
  });

  it('a total that rises, and a level or a growth that falls, are judged as before', () => {
    expect(judge('t09.1', feed('2023-12-31', 't09.1', [[2100, '2023-06-30'], [2900, '2023-12-31']])).status).to.equal('missed');
    expect(judge('t03.3', feed('2023-12-31', 't03.3', [[12, '2023-06-30'], [9, '2023-12-31']])).status).to.equal('missed');
    expect(judge('t48.1', feed('2023-12-31', 't48.1', [[300, '2023-06-30'], [280, '2023-12-31']])).status).to.equal('missed');
  });

  it('§4: a ceiling exceeded in November stands as 已超上限 in January’s report, and counts red in the tally', () => {
    expect(judge('t26.3', feed('2024-01-15', 't26.3', [[22, '2023-11-30']]))).to.deep.equal({ status: 'overCeiling', problem: undefined, stale: undefined, key: 'overCeiling' });
    // Within the ceiling in November, December may still break it: 本期未報.
    expect(judge('t26.3', feed('2024-01-15', 't26.3', [[21, '2023-11-30']]))).to.include({ stale: true, key: 'stale' });
  });

  it('§5: a flow met early stands as 已達成 though not reported again; one not yet met stays 本期未報', () => {
    expect(judge('t09.1', feed('2024-01-15', 't09.1', [[3100, '2023-09-30']]))).to.include({ status: 'met', stale: undefined, key: 'met' });
    expect(judge('t09.1', feed('2023-12-31', 't09.1', [[3000, '2023-12-30']]))).to.include({ status: 'met', stale: undefined });
    expect(judge('t14.4', feed('2023-06-30', 't14.4', [[15.5, '2023-03-31']]))).to.include({ status: 'met', stale: undefined });
    expect(judge('t09.1', feed('2024-01-15', 't09.1', [[2200, '2023-09-30']]))).to.include({ stale: true, key: 'stale' });
    // A growth or a held rate met in June may still fall: 本期未報.
    expect(judge('t03.3', feed('2024-01-15', 't03.3', [[12, '2023-06-30']]))).to.include({ stale: true });
    expect(judge('t38.4', feed('2024-01-15', 't38.4', [[95, '2023-06-30']]))).to.include({ stale: true });
  });

  it('§3, §5: designations', () => {
    expect(judge('t29.1', feed('2023-12-31', 't29.1', [[3, '2023-06-30'], [2, '2023-12-31']])).problem).to.equal('belowEarlier');
    expect(judge('t12.3', feed('2023-09-30', 't12.3', [[8, '2023-06-30'], [6, '2023-09-30']])).problem).to.equal('belowEarlier');
    expect(judge('t02.2', feed('2024-01-15', 't02.2', [[1, '2023-06-30']]))).to.include({ status: 'met', stale: undefined, key: 'met' });
    expect(judge('t02.2', feed('2023-09-30', 't02.2', [[0, '2023-06-30']]))).to.include({ stale: true });
  });
});
