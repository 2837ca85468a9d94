/**
 * Attributes as CMS pages and frameworks write them (reviews r123, r124): full-width values read as their ASCII forms
 * in every attribute; a value cut at a space by dropped quotes said as such; `as-of` without `value` quiet (the
 * reading not yet arrived); `lang="undefined"` (React 19's `el.lang = undefined`) read as unset.
 */
import { expect, fixture } from '@open-wc/testing';
import '../all.js';
import type { DzElement } from './base-element.js';
import type { DzErrorDetail } from './events.js';
import { languageOf } from './i18n/language.js';

/**
 * Renders the HTML `markup` (as a CMS writes it: a string) and collects its dz-error events, listened for before the
 * element is created: its first update, which reports the inputs once, may end before a fixture resolves.
 */
async function render(markup: string) {
  const errors: DzErrorDetail[] = [];
  const warn = console.warn;
  console.warn = () => {};
  try {
    const wrapper = await fixture<HTMLElement>(`<div lang="en"></div>`);
    wrapper.addEventListener('dz-error', (e) => errors.push((e as CustomEvent<DzErrorDetail>).detail));
    wrapper.innerHTML = markup;
    const el = wrapper.querySelector('[id=el]') as DzElement & Record<string, unknown>;
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    const notices = () => Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!.replace(/\s+/g, ' ').trim());
    return { el, errors, notices };
  } finally {
    console.warn = warn;
  }
}

describe('full-width values are read as their ASCII forms, in every attribute (r124 F1)', () => {
  it('heading-level="４" is a level 4 heading, no notice', async () => {
    const { el, notices } = await render(`<dz-task-card id="el" task="9" heading-level="４"></dz-task-card>`);
    expect(notices()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
  });
  it('show="ｔａｓｋｓ" shows the tasks, no notice', async () => {
    const { el, notices } = await render(`<dz-unit-summary id="el" unit="市發改委" show="ｔａｓｋｓ"></dz-unit-summary>`);
    expect(notices()).to.deep.equal([]);
    expect(el.show).to.equal('tasks');
  });
  it('variant="ｂａｒ" and as-of="２０２３-０６-３０" draw a bar as of that date, no notice', async () => {
    const { el, notices, errors } = await render(`<dz-target-gauge id="el" target="t09.1" value="2100" variant="ｂａｒ" as-of="２０２３-０６-３０"></dz-target-gauge>`);
    expect(notices()).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(el.variant).to.equal('bar');
    expect(el.asOf).to.equal('2023-06-30');
  });
  it('timeout="３０" waits 30 seconds, no notice', async () => {
    const { el, notices } = await render(`<dz-task-card id="el" task="9" timeout="３０"></dz-task-card>`);
    expect(notices()).to.deep.equal([]);
    expect(el.timeout).to.equal(30);
  });
  it('rows="ｔａｓｋｓ" sort="ｌｏａｄ" on a matrix, no notice; its caption keeps its full-width comma', async () => {
    const { el, notices } = await render(`<dz-task-matrix id="el" section="4" unit="市發改委" rows="ｔａｓｋｓ" sort="ｌｏａｄ" caption="第四部分，責任分工"></dz-task-matrix>`);
    expect(notices()).to.deep.equal([]);
    expect([el.rows, el.sort]).to.deep.equal(['tasks', 'load']);
    expect(el.caption).to.equal('第四部分，責任分工');
  });
});

describe('a value cut at a space by dropped quotes is said as such (r124 F2)', () => {
  it('unit=市發改委 市財政局 … caption=第四部分 責任分工: the cut words name unit and caption', async () => {
    const { notices, errors } = await render(`<dz-task-matrix id="el" unit=市發改委 市財政局 section=4 caption=第四部分 責任分工></dz-task-matrix>`);
    const cut = (name: string, word: string) => `ⓘ Unknown attribute "${word}" ignored: the value of "${name}" was cut at a space. Put the whole value in straight quotes: ${name}="…".`;
    expect(notices()).to.deep.equal([cut('unit', '市財政局'), cut('caption', '責任分工')]);
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-attribute', 'unknown-attribute']);
  });
  it('unit=Development and Reform Commission: each cut word names unit, never a closest attribute', async () => {
    const { notices } = await render(`<dz-unit-summary id="el" unit=Development and Reform Commission></dz-unit-summary>`);
    expect(notices().filter((n) => n.includes('Unknown attribute'))).to.have.length(3);
    for (const n of notices().filter((n) => n.includes('Unknown attribute'))) expect(n).to.contain('the value of "unit" was cut at a space');
  });
  it('in Chinese too', async () => {
    const { notices } = await render(`<dz-task-matrix id="el" lang="zh-Hans" unit=市发改委 市财政局 section=4></dz-task-matrix>`);
    expect(notices().join(' ')).to.contain('“unit”').and.to.contain('空格');
  });
  it('a misspelt name after a value is still a misspelling, not a cut word (r130 F3)', async () => {
    const { notices } = await render(`<dz-task-card id="el" task="9" expaned></dz-task-card>`);
    expect(notices()).to.deep.equal(['ⓘ Unknown attribute "expaned" ignored. Did you mean "expanded"?']);
  });
  it('a misspelt flag after a flag is still a misspelling', async () => {
    const { notices } = await render(`<dz-task-matrix id="el" section="4" unit="市發改委" export exprot></dz-task-matrix>`);
    expect(notices()).to.deep.equal(['ⓘ Unknown attribute "exprot" ignored. Did you mean "export"?']);
  });
});

describe('as-of without value is quiet: the reading has not arrived (r123 F1)', () => {
  it('the gauge shows the target alone, no notice, no dz-error', async () => {
    const { notices, errors } = await render(`<dz-target-gauge id="el" target="t09.1" as-of="2023-06-30"></dz-target-gauge>`);
    expect(notices()).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});

describe('lang="undefined" is unset: the element follows its ancestors (r123 F2)', () => {
  for (const written of ['undefined', 'null']) {
    it(`lang="${written}" in an English page: English, no notice`, async () => {
      const { el, notices } = await render(`<dz-task-card id="el" task="9" lang="${written}"></dz-task-card>`);
      expect(notices()).to.deep.equal([]);
      expect(languageOf(el)).to.equal('en');
    });
  }
  it('as React 19 sets it: el.lang = undefined', async () => {
    const { el } = await render(`<dz-task-card id="el" task="9"></dz-task-card>`);
    (el as unknown as { lang: unknown }).lang = undefined;
    expect(el.getAttribute('lang')).to.equal('undefined');
    el.requestUpdate();
    await el.updateComplete;
    await el.updateComplete;
    expect(Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'))).to.have.length(0);
    expect(languageOf(el)).to.equal('en');
  });
});

describe('URLs are used as written, not folded (r130 F1)', () => {
  it('plan-src and task-href keep their full-width brackets', async () => {
    const { el } = await render(`<dz-unit-summary id="el" unit="市水利局" show="tasks" plan-src="/fx/plan（2023）.json" task-href="/任務（專題）/{id}"></dz-unit-summary>`);
    expect(el.planSrc).to.equal('/fx/plan（2023）.json');
    expect(el.taskHref).to.equal('/任務（專題）/{id}');
  });
});
