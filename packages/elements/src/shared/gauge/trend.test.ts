import type { ProgressReading, Target } from '@dz-tasks/data';
import { dezhou } from '@dz-tasks/data/dezhou-2023';
import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../i18n/en.js';
import { zhHans } from '../i18n/zh-hans.js';
import { zhHant } from '../i18n/zh-hant.js';
import { formatReading, formatValue } from './format.js';
import { renderTrend, trendWords } from './trend.js';

const api = dezhou();
const target = (id: string) => api.plan.targets.find((t) => t.id === id)!;
const readings = (...values: [string, number][]): ProgressReading[] => values.map(([asOf, value]) => ({ asOf, value }) as ProgressReading);

/** The readings in the trend's list, as drawn. */
async function steps(of: Target, history: ProgressReading[]): Promise<string[]> {
  const el = await fixture<HTMLElement>(html`<div>${renderTrend(of, history, 'zh-Hant', zhHant, 'gauge-trend')}</div>`);
  return [...el.querySelectorAll('.trend-value')].map((value) => value.textContent!.trim());
}

describe('the trend of a change target (a cut or a rise from a base year)', () => {
  // 萬元GDP用水量 ↓12% from 2020: a cut of 7% in June, then a rise of 1% in September.
  const water = target('t26.4');
  const cutThenRise = readings(['2023-06-30', 7], ['2023-09-30', -1]);

  it('says the cut grew or shrank (never "down" for a use that went up), in each language', () => {
    expect(water.comparator).to.equal('decreaseBy');
    const shrank = readings(['2023-06-30', 7], ['2023-09-30', 4]);
    expect(trendWords(water, shrank, 'zh-Hant', zhHant)).to.equal('降幅較2023年6月30日的↓\u00a07%縮\u2060小');
    expect(trendWords(water, shrank, 'zh-Hans', zhHans)).to.equal('降幅较2023年6月30日的↓\u00a07%缩\u2060小');
    expect(trendWords(water, shrank, 'en', en)).to.equal('the cut shrank from ↓\u00a07% on 30 June 2023');
    expect(trendWords(water, readings(['2023-06-30', 3], ['2023-09-30', 7]), 'en', en)).to.equal('the cut grew from ↓\u00a03% on 30 June 2023');
    expect(trendWords(water, readings(['2023-06-30', 7], ['2023-09-30', 7]), 'en', en)).to.equal('unchanged since 30 June 2023');
  });

  // Review r57 L1: ↑ 3.1% then ↓ 4.2% read "降幅較…的↑ 3.1%擴大", "the cut grew from ↑ 3.1%": a rise is no cut.
  it('says a cut that turned into a rise, or a rise into a cut, turned, from what to what, in each language', () => {
    expect(trendWords(water, cutThenRise, 'zh-Hant', zhHant)).to.equal('由2023年6月30日的↓\u00a07%轉\u2060為↑\u00a01%');
    expect(trendWords(water, cutThenRise, 'zh-Hans', zhHans)).to.equal('由2023年6月30日的↓\u00a07%转\u2060为↑\u00a01%');
    expect(trendWords(water, cutThenRise, 'en', en)).to.equal('turned from ↓\u00a07% on 30 June 2023 to ↑\u00a01%');
    const riseThenCut = readings(['2023-06-30', -3.1], ['2023-09-30', 4.2]);
    expect(trendWords(water, riseThenCut, 'zh-Hant', zhHant)).to.equal('由2023年6月30日的↑\u00a03.1%轉\u2060為↓\u00a04.2%');
    expect(trendWords(water, riseThenCut, 'en', en)).to.equal('turned from ↑\u00a03.1% on 30 June 2023 to ↓\u00a04.2%');
  });

  // Review r58 M5: both readings against the target read "降幅較…的↑ 5%擴大"; a reading of 0 "the cut shrank from ↓ 0%".
  it('says a rise where a cut is asked grew or shrank as a rise, and a change from or to none turned; 0 has no arrow', () => {
    expect(trendWords(water, readings(['2023-06-30', -5], ['2023-09-30', -3]), 'zh-Hant', zhHant)).to.equal('增幅較2023年6月30日的↑\u00a05%縮\u2060小');
    expect(trendWords(water, readings(['2023-06-30', -3], ['2023-09-30', -5]), 'en', en)).to.equal('the rise grew from ↑\u00a03% on 30 June 2023');
    expect(trendWords(water, readings(['2023-06-30', 0], ['2023-09-30', -3]), 'en', en)).to.equal('turned from 0% on 30 June 2023 to ↑\u00a03%');
    expect(trendWords(water, readings(['2023-06-30', -3], ['2023-09-30', 0]), 'zh-Hant', zhHant)).to.equal('由2023年6月30日的↑\u00a03%轉\u2060為0%');
    expect(trendWords(water, readings(['2023-06-30', 0], ['2023-09-30', 4.2]), 'en', en)).to.equal('turned from 0% on 30 June 2023 to ↓\u00a04.2%');
    const growth = target('t03.3');
    expect(growth.comparator).to.equal('increaseBy');
    expect(trendWords(growth, readings(['2023-06-30', -2], ['2023-09-30', -4]), 'en', en)).to.equal('the cut grew from ↓\u00a02% on 30 June 2023');
    expect(trendWords(growth, readings(['2023-06-30', 0], ['2023-09-30', -2]), 'zh-Hans', zhHans)).to.equal('由2023年6月30日的0%转\u2060为↓\u00a02%');
  });

  it('writes the readings as the headline does: ↓ 7%, ↑ 1%, never a raw -1%', async () => {
    const headline = (value: number) => formatReading(api.evaluateTarget(water, { value, asOf: '2023-09-30' }), 'zh-Hant');
    expect(await steps(water, cutThenRise)).to.deep.equal(['↓\u00a07%', '↑\u00a01%']);
    expect(await steps(water, cutThenRise)).to.deep.equal([headline(7), headline(-1)]);
  });

  it('a rise target says the rise grew or shrank', () => {
    const rise = api.plan.targets.find((t) => t.comparator === 'increaseBy')!;
    expect(trendWords(rise, readings(['2023-06-30', 1], ['2023-09-30', 2]), 'zh-Hant', zhHant)).to.match(/^增幅較2023年6月30日的↑\u00a0.+擴\u2060大$/);
  });

  // F161: a growth held under a ceiling (漲幅控制在3%以內: `atMost`, a `growth`) reads its readings as rises
  // (`changeDirection`), which the trend words as a level's ("up from 2%") when it goes by the comparator.
  it('a growth held under a ceiling says its rise grew or shrank, or turned, as changeDirection reads it', () => {
    const capped: Target = { ...target('t03.3'), measure: 'growth', comparator: 'atMost', value: 3 };
    expect(trendWords(capped, readings(['2023-06-30', 2], ['2023-09-30', 2.5]), 'en', en)).to.equal(`the rise grew from ${formatValue(capped, 2, 'en')} on 30 June 2023`);
    expect(trendWords(capped, readings(['2023-06-30', 2.5], ['2023-09-30', 2]), 'zh-Hant', zhHant)).to.equal(`增幅較2023年6月30日的${formatValue(capped, 2.5, 'zh-Hant')}縮\u2060小`);
    expect(trendWords(capped, readings(['2023-06-30', 1], ['2023-09-30', -1]), 'en', en)).to.match(/^turned from /);
  });

  it('a level keeps rising and falling words with its plain amounts', () => {
    const stations = target('t09.1');
    expect(trendWords(stations, readings(['2023-03-31', 1500], ['2023-06-30', 2100]), 'en', en)).to.equal('up from 1,500 base stations on 31 March 2023');
  });
});

describe('the trend of a total built up over the year that falls (a supervision office’s review)', () => {
  // 新開通5G基站: 2100 at 30 June, then 1800 at 30 September, as `dz-plan progress import` warns of it.
  const fiveG = target('t09.1');
  const fell = readings(['2023-06-30', 2100], ['2023-09-30', 1800]);

  // The page is read by citizens: the figures await checking (the office's import and diff say to check them; r57 L2).
  it('says the readings await checking, in each language, never asking the reader to check them', () => {
    expect(trendWords(fiveG, fell, 'zh-Hant', zhHant)).to.equal('較2023年6月30日的2100個下\u2060降:全年累計的數不會下降,數值有待核實');
    expect(trendWords(fiveG, fell, 'zh-Hans', zhHans)).to.equal('较2023年6月30日的2100个下\u2060降:全年累计的数不会下降,数值有待核实');
    expect(trendWords(fiveG, fell, 'en', en)).to.equal('down from 2,100 base stations on 30 June 2023: a total for the year so far cannot fall; the readings await checking');
  });

  it('a rise of the same total, and a level that falls, say no check', () => {
    expect(trendWords(fiveG, readings(['2023-06-30', 1800], ['2023-09-30', 2100]), 'en', en)).to.not.contain('check');
    const level = api.plan.targets.find((t) => t.measure === 'level' && t.comparator === 'atLeast')!;
    expect(trendWords(level, readings(['2023-06-30', 20], ['2023-09-30', 10]), 'en', en)).to.not.contain('check');
  });
});

describe('the trend of the reading judged, not of a later one', () => {
  // t09.1 judged at its deadline by 2,950 on 31 December; 3,010 on 15 January stays in the list.
  const fiveG = target('t09.1');
  const history = readings(['2023-09-30', 2200], ['2023-12-31', 2950], ['2024-01-15', 3010]);

  it('says the change to the reading shown from the one before it, never the later reading’s', () => {
    expect(trendWords(fiveG, history, 'en', en, '2023-12-31')).to.equal(en.trendUp(formatValueOf(2200), '30 September 2023'));
    expect(trendWords(fiveG, history, 'en', en)).to.equal(en.trendUp(formatValueOf(2950), '31 December 2023'), 'without a date, the latest');
  });

  it('a reading shown with none before it says no trend, and its later readings are still listed', async () => {
    const later = readings(['2023-09-30', 2200], ['2024-03-31', 3100]);
    expect(trendWords(fiveG, later, 'en', en, '2023-09-30')).to.equal(undefined);
    const el = await fixture<HTMLElement>(html`<div>${renderTrend(fiveG, later, 'en', en, 'trend', '2023-09-30')}</div>`);
    expect(el.querySelector('.trend-words')).to.equal(null);
    expect(el.querySelectorAll('.trend-value').length).to.equal(2);
  });

  function formatValueOf(value: number): string {
    return formatValue(fiveG, value, 'en');
  }
});
