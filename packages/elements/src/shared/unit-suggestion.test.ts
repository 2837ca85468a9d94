/** "Did you mean" for a unit name (a docs review: the CDN's plan core carries `en: ''` until English is written). */
import { expect } from '@open-wc/testing';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { createPlanLookups } from '@dz-tasks/data';
import { closestWord } from './closest-word.js';
import { unitSuggestion } from './unit-suggestion.js';
import { zhHant } from './i18n/zh-hant.js';

describe('unitSuggestion', () => {
  it('never suggests an empty name: a plan whose English names are not written yet suggests the closest written one', () => {
    // Each unit's empty English name was a candidate as close as any to a short name typed: 是否要用「」?
    const plan = { ...dezhouPlan, units: dezhouPlan.units.map((unit) => ({ ...unit, name: { ...unit.name, en: '' } })) };
    expect(unitSuggestion(createPlanLookups(plan), ['市發改'], zhHant, 'zh-Hant')).to.equal(`,${zhHant.didYouMean('市發改委')}`);
    expect(closestWord('市财政', ['', '市财政局'])).to.equal('市财政局');
    expect(closestWord('sectoin', ['', 'section'])).to.equal('section');
  });
});
