/** "Did you mean" for a unit name (a docs review: the CDN's plan core carries `en: ''` until English is written). */
import { expect } from '@open-wc/testing';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { createPlanLookups } from '@dz-tasks/data';
import { closestWord } from './closest-word.js';
import { unitSuggestion } from './unit-suggestion.js';
import { zhHant } from './i18n/zh-hant.js';
import { en } from './i18n/en.js';

describe('unitSuggestion', () => {
  it('never suggests an empty name: a plan whose English names are not written yet suggests the closest written one', () => {
    // Each unit's empty English name was a candidate as close as any to a short name typed: 是否要用「」?
    const plan = { ...dezhouPlan, units: dezhouPlan.units.map((unit) => ({ ...unit, name: { ...unit.name, en: '' } })) };
    expect(unitSuggestion(createPlanLookups(plan), ['市發改'], zhHant, 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市發改委')}`);
    expect(closestWord('市财政', ['', '市财政局'])).to.equal('市财政局');
    expect(closestWord('sectoin', ['', 'section'])).to.equal('section');
  });
});

describe('unitSuggestion: the unit whose words were written (review r124 F3)', () => {
  const api = createPlanLookups(dezhouPlan);
  const suggested = (ref: string, lang: 'en' | 'zh-Hant' = 'en') => unitSuggestion(api, [ref], lang === 'en' ? en : zhHant, lang);

  it('Dezhou Municipal Bureau of Finance is the Finance Bureau, never the Bureau of Commerce', () => {
    expect(suggested('Dezhou Municipal Bureau of Finance')).to.equal(`.${en.didYouMean('Dezhou Municipal Finance Bureau')}`);
    expect(suggested('Bureau of Finance')).to.equal(`.${en.didYouMean('Dezhou Municipal Finance Bureau')}`);
    expect(suggested('Commerce Bureau')).to.equal(`.${en.didYouMean('Dezhou Municipal Bureau of Commerce')}`);
  });

  it('a typo of a short form without the city: Developmnet and Reform Commission', () => {
    expect(suggested('Developmnet and Reform Commission')).to.equal(`.${en.didYouMean('Dezhou Municipal Development and Reform Commission')}`);
  });

  it('a one-character typo of 市財政局, with or without 市 or 德州市, in either script', () => {
    expect(suggested('市財攻局', 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市財政局')}`);
    expect(suggested('財攻局', 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市財政局')}`);
    expect(suggested('财攻局', 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市財政局')}`);
    expect(suggested('德州市財攻局', 'zh-Hant')).to.equal(`,${zhHant.didYouMean('德州市財政局')}`);
  });

  it('a word no unit has, or one every unit has, suggests nothing', () => {
    expect(suggested('Dezhou Municipal Bureau of Fisheries')).to.equal('');
    expect(suggested('Bureau')).to.equal('');
  });
});
