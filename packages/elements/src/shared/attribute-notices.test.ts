/**
 * Attributes that tell: a misspelt attribute or a word that is not allowed is reported once, in a small notice over
 * the content (which stays), in the console and as `dz-error`, with the closest known name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dezhouPlan } from '@dz-tasks/data/dezhou-2023';
import { property } from 'lit/decorators.js';
import '../all.js';
import { DzTaskCard } from '../task-card/task-card.js';
import type { DzElement } from './base-element.js';
import { defineElement } from './define.js';
import type { DzErrorDetail } from './events.js';
import { flagInput } from './inputs.js';

/** Renders `template` and collects its dz-error events and console warnings. */
async function render(template: ReturnType<typeof html>) {
  const errors: DzErrorDetail[] = [];
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
    const el = wrapper.firstElementChild as DzElement;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    return { el, errors, warnings, notices: () => Array.from(el.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!.replace(/\s+/g, ' ').trim()) };
  } finally {
    console.warn = warn;
  }
}

/** The notice of a gauge whose value has no date, read after its deadline (t09.1's): the status is judged then. */
const atDeadline = 'No as-of: judged as of the deadline, 31 December 2023. Please write as-of.';

describe('attributes that tell', () => {
  const misspellings: { template: ReturnType<typeof html>; name: string; meant: string; judgedAtDeadline?: true }[] = [
    // With a unit, the content is one unit's row, not the whole plan (3,312 cells, seconds of axe on two cores).
    { template: html`<dz-task-matrix sections="4" unit="市發改委" lang="en"></dz-task-matrix>`, name: 'sections', meant: 'section' },
    { template: html`<dz-task-matrix section="4" unitt="市發改委" lang="en"></dz-task-matrix>`, name: 'unitt', meant: 'unit' },
    { template: html`<dz-target-gauge target="t09.1" value="2100" asof="2023-06-30" lang="en"></dz-target-gauge>`, name: 'asof', meant: 'as-of', judgedAtDeadline: true },
    { template: html`<dz-task-card task="9" progresssrc="/feed.json" lang="en"></dz-task-card>`, name: 'progresssrc', meant: 'progress-src' },
    // `plan="/plan.json"` on an element given a plan (here the property): a notice; given none, an error (below).
    { template: html`<dz-task-card task="9" plan="/plan.json" .plan=${dezhouPlan} lang="en"></dz-task-card>`, name: 'plan', meant: 'plan-src' },
    // A rich-text editor renames an attribute it does not know to data-… (a CMS review): ignored in silence, the whole
    // plan's matrix shown for section 4's.
    { template: html`<dz-task-matrix section="4" data-unit="市發改委" lang="en"></dz-task-matrix>`, name: 'data-unit', meant: 'unit' },
    { template: html`<dz-target-gauge target="t09.1" value="2100" data-as-of="2023-06-30" lang="en"></dz-target-gauge>`, name: 'data-as-of', meant: 'as-of', judgedAtDeadline: true },
  ];

  it('the page’s own data-* attributes are the page’s: no notice', async () => {
    const { errors, notices } = await render(html`<dz-task-card task="9" data-cms-id="42" data-track="card" lang="en"></dz-task-card>`);
    expect(notices()).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
  for (const { template, name, meant, judgedAtDeadline } of misspellings) {
    it(`${name}= is reported once with "did you mean ${meant}", and the content stays`, async () => {
      const { el, errors, warnings, notices } = await render(template);
      const message = `Unknown attribute "${name}" ignored. Did you mean "${meant}"?`;
      // A gauge's value left without its date is also said to be judged at the deadline: the status shown depends on it.
      const also = judgedAtDeadline ? [atDeadline] : [];
      expect(notices()).to.deep.equal([`ⓘ ${message}`, ...also.map((words) => `ⓘ ${words}`)]);
      expect(errors).to.deep.equal([{ code: 'unknown-attribute', message }, ...also.map((words) => ({ code: 'invalid-value', message: words }))]);
      expect(warnings).to.have.length(1 + also.length);
      expect(String(warnings[0]![0])).to.contain(message);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error instead of the content').to.equal(null);
      expect(el.shadowRoot!.querySelector('table, article, .gauge'), 'the content').to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('plan="/plan.json" with no plan-src: an error naming plan-src and no content, never the bundled plan in its place (review r102 H2)', async () => {
    const { el, errors, notices } = await render(html`<dz-task-card task="9" plan="/plan.json" lang="en"></dz-task-card>`);
    const message = 'Unknown attribute "plan": did you mean "plan-src"? No plan is shown: the bundled Dezhou plan is not shown in its place.';
    expect(errors).to.deep.equal([{ code: 'invalid-attribute', message }]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ')).to.contain(message);
    expect(notices(), 'said once, as the error').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('table, article, .gauge').length, 'no content').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('an object that became an attribute (a framework rendering the tag before its module defined it) says so, in the element language', async () => {
    const { el, errors, notices } = await render(html`<dz-task-card task="9" plan="[object Object]" lang="en"></dz-task-card>`);
    const message =
      'plan was given as the text "[object Object]": an object set before the element was defined becomes an attribute. Import the element\'s module (@dz-tasks/elements/task-card.js) before your page or framework first renders <dz-task-card>.';
    expect(notices()).to.deep.equal([`ⓘ ${message}`]);
    expect(errors).to.deep.equal([{ code: 'unknown-attribute', message }]);
    expect(el.shadowRoot!.querySelector('article'), 'the content').to.not.equal(null);
    const { notices: zh } = await render(html`<dz-unit-summary unit="市發改委" progresssrc="[object URL]"></dz-unit-summary>`);
    expect(zh()).to.deep.equal(['ⓘ progresssrc 收到的是文字「[object URL]」:元件定義之前設定的物件會變成屬性文字。請在頁面或框架第一次顯示 <dz-unit-summary> 之前匯入元件的模組(@dz-tasks/elements/unit-summary.js)。']);
  });

  it('a misspelt value says only that: not also that the as-of it dates is ignored (r83 L3)', async () => {
    const { notices, errors } = await render(html`<dz-target-gauge target="t14.2" valeu="690" as-of="2023-06-30" lang="en"></dz-target-gauge>`);
    expect(notices()).to.deep.equal(['ⓘ Unknown attribute "valeu" ignored. Did you mean "value"?']);
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-attribute']);
    const { notices: alone } = await render(html`<dz-target-gauge target="t14.2" as-of="2023-06-30" lang="en"></dz-target-gauge>`);
    // An as-of with no value at all is quiet (r123 F1: a framework's page gives it before the reading arrives).
    expect(alone(), 'an as-of with no value at all').to.deep.equal([]);
  });

  it('an unknown task, target or section reaches the console too, one line once per element and error (r83 L1)', async () => {
    const warn = console.warn;
    const logged: unknown[][] = [];
    console.warn = (...args: unknown[]) => void logged.push(args);
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><dz-task-card task="99" lang="en"></dz-task-card><dz-target-gauge target="t99.9" lang="en"></dz-target-gauge><dz-task-matrix section="99" lang="en"></dz-task-matrix></div>`);
      const elements = Array.from(wrapper.children) as DzElement[];
      for (const el of elements) await el.updateComplete;
      for (const el of elements) el.requestUpdate();
      for (const el of elements) await el.updateComplete;
      expect(logged.map(([line]) => String(line).split(':')[0])).to.deep.equal(['<dz-task-card>', '<dz-target-gauge>', '<dz-task-matrix>']);
      expect(String(logged[0]![0])).to.contain('Task 99 not found');
      expect(logged[0]![1], 'the element, to find it').to.equal(elements[0]);
    } finally {
      console.warn = warn;
    }
  });

  it('a name far from every known one gets no suggestion, in the element language', async () => {
    const { notices, errors } = await render(html`<dz-task-card task="9" colour="red"></dz-task-card>`);
    expect(notices()).to.deep.equal(['ⓘ 已忽略不明屬性「colour」。']);
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-attribute']);
  });

  it('a timeout that is not a positive number of seconds is noticed even with nothing to fetch, the default used, and the notice gone once fixed', async () => {
    const { el, errors, notices } = await render(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" timeout="soon" lang="en"></dz-target-gauge>`);
    const message = 'Invalid timeout: "soon" (expected seconds above 0, at most a day); waiting 15 seconds';
    expect(notices()).to.deep.equal([`ⓘ ${message}`]);
    expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
    expect(el.shadowRoot!.querySelector('.gauge'), 'the content').to.not.equal(null);
    el.setAttribute('timeout', '30');
    await el.updateComplete;
    expect(el.timeout).to.equal(30);
    expect(notices()).to.deep.equal([]);
    (el as DzElement & { timeout: unknown }).timeout = -2;
    await el.updateComplete;
    expect(notices()).to.deep.equal(['ⓘ Invalid timeout: -2 (expected seconds above 0, at most a day); waiting 15 seconds']);
    // A security review: 1e13 seconds passed as usable, and the browser's timer threw when a feed was fetched,
    // said as a failed fetch of the feed instead of a notice of the timeout.
    el.setAttribute('timeout', '1e13');
    await el.updateComplete;
    expect(notices()).to.deep.equal(['ⓘ Invalid timeout: 10000000000000 (expected seconds above 0, at most a day); waiting 15 seconds']);
    el.setAttribute('timeout', '86400');
    await el.updateComplete;
    expect(notices(), 'a day is usable').to.deep.equal([]);
    const { notices: zh } = await render(html`<dz-target-gauge target="t09.1" timeout="0"></dz-target-gauge>`);
    expect(zh()).to.deep.equal(['ⓘ 等待時間無效:0(應為大於 0、至多一天的秒數),改等 15 秒']);
  });

  it('an empty value (a CMS template whose variable was empty) is noticed as ignored, never a silent widening; flags and a cleared value are not', async () => {
    // section="": the matrix shows every section of the unit, as with no section; the editor is told why.
    const { el, errors, notices } = await render(html`<dz-task-matrix section="" unit="市發改委" lang="en"></dz-task-matrix>`);
    const message = 'Empty attribute "section" ignored.';
    expect(notices()).to.deep.equal([`ⓘ ${message}`]);
    expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
    expect(el.shadowRoot!.querySelector('table'), 'the content').to.not.equal(null);
    el.setAttribute('section', '4');
    await el.updateComplete;
    expect(notices()).to.deep.equal([]);
    // Set as a property, white space only, in the element language.
    (el as DzElement & { section: unknown }).section = ' ';
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(notices()).to.deep.equal(['ⓘ 已忽略空白屬性「section」。']);
    const { notices: gauge } = await render(html`<dz-target-gauge target="t09.1" value="2100" as-of="" lang="en"></dz-target-gauge>`);
    expect(gauge()).to.deep.equal(['ⓘ Empty attribute "as-of" ignored.', `ⓘ ${atDeadline}`]);
    // A flag written empty is on (export=""), and a value removed is not set: neither is noticed.
    const { notices: flag } = await render(html`<dz-task-matrix section="4" export="" lang="en"></dz-task-matrix>`);
    expect(flag()).to.deep.equal([]);
    (el as DzElement & { section: unknown }).section = undefined;
    await el.updateComplete;
    expect(notices()).to.deep.equal([]);
  });

  it('a lang on the element that names no language it speaks is noticed (zh-Hant shown); tags it reads, and a page in another language, are not', async () => {
    const { el, errors, notices } = await render(html`<dz-task-card task="9" lang="english"></dz-task-card>`);
    const message = 'lang="english" 不是可用的值(zh-Hant | zh-Hans | en),已改用預設值。是否要用「en」?';
    expect(notices()).to.deep.equal([`ⓘ ${message}`]);
    expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
    expect(el.shadowRoot!.querySelector('article'), 'the content').to.not.equal(null);
    el.setAttribute('lang', 'en-GB');
    await el.updateComplete;
    expect(notices()).to.deep.equal([]);
    const { notices: near } = await render(html`<dz-task-card task="9" lang="eng"></dz-task-card>`);
    expect(near()).to.deep.equal(['ⓘ lang="eng" 不是可用的值(zh-Hant | zh-Hans | en),已改用預設值。是否要用「en」?']);
    // Every zh tag is Chinese (zh-Hanz reads as Traditional, as zh does).
    for (const tag of ['zh_CN', 'zh-TW', ' en ', 'zh-Hant-HK', 'zh-Hanz', '']) {
      const { notices: read } = await render(html`<dz-task-card task="9" lang=${tag}></dz-task-card>`);
      expect(read(), `lang="${tag}"`).to.deep.equal([]);
    }
    // The page's language is the page's: the element draws in zh-Hant, marked as such (language-of-parts.test.ts).
    const french = await fixture<HTMLElement>(html`<div lang="fr"><dz-task-card task="9"></dz-task-card></div>`);
    const card = french.firstElementChild as DzElement;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('article'), 'the content').to.not.equal(null);
    expect(card.shadowRoot!.querySelectorAll('[part="notice"]')).to.have.length(0);
  });

  it('global, data-, aria- and framework attributes, and the gauge’s own status, are not reported', async () => {
    const { el, errors, warnings, notices } = await render(
      html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" id="g" class="x" style="color: black" title="t" data-x="1" aria-describedby="g" _ngcontent-abc="" ng-version="17" lang="zh-Hant"></dz-target-gauge>`,
    );
    expect(el.getAttribute('status')).to.equal('onTrack');
    expect(notices()).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('variant="bars" draws the default ring with a notice suggesting "bar"; reported once however often it updates', async () => {
    const { el, errors, warnings, notices } = await render(html`<dz-target-gauge target="t09.1" value="2100" as-of="2023-06-30" variant="bars" lang="en"></dz-target-gauge>`);
    const message = 'variant="bars" is not one of ring | bar; the default is shown. Did you mean "bar"?';
    expect(notices()).to.deep.equal([`ⓘ ${message}`]);
    expect(el.shadowRoot!.querySelector('[part~="ring"]')).to.not.equal(null);
    el.setAttribute('value', '2200');
    await el.updateComplete;
    expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  for (const [attribute, word, allowed, meant, template] of [
    ['rows', 'unit', 'sections | units', 'units', html`<dz-plan-overview section="2" rows="unit" lang="en"></dz-plan-overview>`],
    ['sort', 'behnd', 'order | behind', 'behind', html`<dz-plan-overview section="2" sort="behnd" lang="en"></dz-plan-overview>`],
  ] as const) {
    it(`the overview's ${attribute}="${word}" draws the default table with a notice suggesting "${meant}", as the other elements do`, async () => {
      const { el, errors, notices } = await render(template);
      const message = `${attribute}="${word}" is not one of ${allowed}; the default is shown. Did you mean "${meant}"?`;
      expect(notices()).to.deep.equal([`ⓘ ${message}`]);
      expect(errors).to.deep.equal([{ code: 'invalid-value', message }]);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error instead of the table').to.equal(null);
      expect(el.shadowRoot!.querySelector('table')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('each element reports its own misspelling (once per element and attribute)', async () => {
    const first = await render(html`<dz-task-card task="9" headinglevel="4" lang="en"></dz-task-card>`);
    const second = await render(html`<dz-task-card task="10" headinglevel="4" lang="en"></dz-task-card>`);
    for (const { errors, warnings } of [first, second]) {
      expect(errors.map((e) => e.message)).to.deep.equal(['Unknown attribute "headinglevel" ignored. Did you mean "heading-level"?']);
      expect(warnings).to.have.length(1);
    }
  });

  it('export="false", "no", "off" and "0" mean off; export="" (as React 19 sets it) and export mean on', async () => {
    const cases = [['false', false], ['FALSE', false], ['no', false], [' Off ', false], ['0', false], ['', true], ['export', true], ['true', true], ['yes', true]] as const;
    for (const [value, on] of cases) {
      const el = await fixture<HTMLElement>(html`<dz-task-matrix section="4" export=${value}></dz-task-matrix>`);
      await (el as DzElement).updateComplete;
      expect(!!el.shadowRoot!.querySelector('[part="export-button"]'), `export="${value}"`).to.equal(on);
    }
    const el = await fixture<HTMLElement & { export: unknown }>(html`<dz-task-matrix section="4"></dz-task-matrix>`);
    el.export = '';
    await (el as unknown as DzElement).updateComplete;
    expect(el.shadowRoot!.querySelector('[part="export-button"]'), 'property export = ""').to.not.equal(null);
  });

  it('a flag written as a CMS editor\'s tools write it: full width, curled quotes, 否 and 關 are off; a word that says neither is on, as HTML reads it, and noticed (a CMS editor review)', async () => {
    const cases = [['“false”', false], ['ＯＦＦ', false], ['０', false], ['否', false], ['關', false], ['关', false], ['不', false], ['是', true], ['開', true], ['“true”', true]] as const;
    for (const [value, on] of cases) {
      const { el, errors } = await render(html`<dz-task-matrix section="4" export=${value} lang="en"></dz-task-matrix>`);
      expect(!!el.shadowRoot!.querySelector('[part="export-button"]'), `export="${value}"`).to.equal(on);
      expect(errors, `export="${value}"`).to.deep.equal([]);
    }
    for (const value of ['nope', 'ja', '开启了']) {
      const { el, errors } = await render(html`<dz-task-matrix section="4" export=${value} lang="en"></dz-task-matrix>`);
      expect(el.shadowRoot!.querySelector('[part="export-button"]'), `export="${value}"`).to.not.equal(null);
      expect(errors.map((e) => `${e.code}: ${e.message}`)).to.deep.equal([
        `invalid-value: export="${value}" says neither on nor off (the attribute alone is on; false no off 0 否 關 关 不 is off): read as on.`,
      ]);
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(`export="${value}"`);
    }
    const { errors } = await render(html`<dz-task-card task="9" expanded="expanded" lang="zh-Hant"></dz-task-card>`);
    expect(errors).to.deep.equal([]);
    const card = await render(html`<dz-task-card task="9" expanded="打開"></dz-task-card>`);
    expect(card.errors.map((e) => e.message)).to.deep.equal(['expanded="打開" 不是開關的寫法(只寫屬性名為開;false no off 0 否 關 关 不 為關),按開處理。']);
    // Collapsed by a click, the card no longer says its flag reads as on (its attribute, reflected after, said 打開).
    const notices = (el: Element) => el.shadowRoot!.querySelectorAll('[part="notice"]').length;
    expect(notices(card.el)).to.equal(1);
    card.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await (card.el as DzElement).updateComplete;
    expect((card.el as unknown as { expanded: boolean }).expanded).to.equal(false);
    expect(notices(card.el)).to.equal(0);
    // Set off from code under export="nope": no notice; the word set as the property from code: noticed.
    const matrix = await render(html`<dz-task-matrix section="4" export="nope" lang="en"></dz-task-matrix>`);
    const el = matrix.el as DzElement & { export: unknown };
    el.export = false;
    await el.updateComplete;
    expect(notices(el)).to.equal(0);
    el.export = 'nah';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('export="nah" says neither on nor off');
  });

  it('heading-level: 2 to 6, or written as its tag (h2); another level is noticed and the default (h3) drawn, never a level clamped in silence', async () => {
    const headingOf = async (value: string) => {
      const { el, errors } = await render(html`<dz-task-card task="9" heading-level=${value} lang="en"></dz-task-card>`);
      return { tag: el.shadowRoot!.querySelector('[part="heading"]')!.localName, errors: errors.map((e) => `${e.code}: ${e.message}`) };
    };
    expect(await headingOf('4')).to.deep.equal({ tag: 'h4', errors: [] });
    expect(await headingOf('H2')).to.deep.equal({ tag: 'h2', errors: [] });
    expect(await headingOf(' 6 ')).to.deep.equal({ tag: 'h6', errors: [] });
    expect(await headingOf('7')).to.deep.equal({ tag: 'h3', errors: ['invalid-value: heading-level=7 is not one of 2 | 3 | 4 | 5 | 6; the default is shown.'] });
    expect(await headingOf('1')).to.deep.equal({ tag: 'h3', errors: ['invalid-value: heading-level=1 is not one of 2 | 3 | 4 | 5 | 6; the default is shown.'] });
    expect((await headingOf('two')).errors).to.deep.equal(['invalid-value: heading-level="two" is not one of 2 | 3 | 4 | 5 | 6; the default is shown.']);
    // What is drawn and what is noticed read the value one way: "2.0" is not a level (h3, noticed); the property "h2" is.
    expect(await headingOf('2.0')).to.deep.equal({ tag: 'h3', errors: ['invalid-value: heading-level="2.0" is not one of 2 | 3 | 4 | 5 | 6; the default is shown. Did you mean "2"?'] });
    const { el, errors } = await render(html`<dz-task-card task="9" .headingLevel=${'h2'}></dz-task-card>`);
    expect([el.shadowRoot!.querySelector('[part="heading"]')!.localName, errors]).to.deep.equal(['h2', []]);
  });

  it('a link template that cannot make one link per item (no key, another key, not a web address) is noticed, and its items left unlinked', async () => {
    const links = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('a'), (a) => a.getAttribute('href'));
    for (const template of ['/units/', '/units/{ID}', '/units/{unit}', 'javascript:alert({id})']) {
      const { el, errors, notices } = await render(html`<dz-task-card task="13" unit-href=${template} lang="en"></dz-task-card>`);
      const message = `unit-href=${JSON.stringify(template)} cannot make a link for each item: write a web address with {id} | {name} in it, such as /units/{id}; the items are shown without links.`;
      expect(errors.map((e) => `${e.code}: ${e.message}`), template).to.deep.equal([`invalid-value: ${message}`]);
      expect(notices(), template).to.deep.equal([`ⓘ ${message}`]);
      expect(links(el), template).to.deep.equal([]);
    }
    const summary = await render(html`<dz-unit-summary unit="市發展改革委" task-href="/tasks/{num}"></dz-unit-summary>`);
    expect(summary.errors.map((e) => e.message)).to.deep.equal(['task-href="/tasks/{num}" 無法為每一項產生連結:請寫含有 {number} | {id} 的網址,如 /tasks/{number};各項暫不加連結。']);
    expect(links(summary.el)).to.deep.equal([]);
    const good = await render(html`<dz-task-card task="13" unit-href="/units/{id}?name={name}"></dz-task-card>`);
    expect(good.errors).to.deep.equal([]);
    expect(links(good.el).length).to.be.greaterThan(1);
    expect(new Set(links(good.el)).size, 'one link per unit').to.equal(links(good.el).length);
  });

  it('a rejected value is described in the element language, not with English type words', async () => {
    const described = async (lang: string, value: unknown) => {
      const el = await fixture<HTMLElement & { headingLevel: unknown }>(html`<dz-task-card task="9" lang=${lang}></dz-task-card>`);
      el.headingLevel = value;
      await (el as unknown as DzElement).updateComplete;
      return el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(await described('zh-Hant', [3])).to.equal('⚠heading-level 屬性不能使用 陣列');
    expect(await described('zh-Hant', {})).to.equal('⚠heading-level 屬性不能使用 物件');
    expect(await described('zh-Hans', new Date(NaN))).to.equal('⚠heading-level 属性不能使用 日期');
    expect(await described('zh-Hans', () => 3)).to.equal('⚠heading-level 属性不能使用 函数');
    expect(await described('en', Symbol('x'))).to.equal('⚠Cannot use a symbol as heading-level');
    expect(await described('en', [3])).to.equal('⚠Cannot use an array as heading-level');
  });

  it('a new element gets the checks by declaring its properties', async () => {
    class WideCard extends DzTaskCard {
      /** Whether the card spans the page. */
      @property({ converter: flagInput }) wide = false;
    }
    defineElement('dz-test-wide-card', WideCard);
    const { notices, errors } = await render(html`<dz-test-wide-card task="9" wide widee lang="en"></dz-test-wide-card>`);
    expect(notices()).to.deep.equal(['ⓘ Unknown attribute "widee" ignored. Did you mean "wide"?']);
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-attribute']);
    const el = document.querySelector<WideCard>('dz-test-wide-card')!;
    (el as unknown as { wide: unknown }).wide = {};
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('⚠Cannot use an object as wide');
  });

  describe('content between the tags (a tag left unclosed)', () => {
    /** A CMS page as an editor pastes it: `<dz-task-card … />` is not closed in HTML, so what follows goes inside it. */
    async function page(markup: string) {
      const errors: DzErrorDetail[] = [];
      const warn = console.warn;
      console.warn = () => {};
      try {
        const wrapper = await fixture<HTMLElement>(html`<div @dz-error=${(e: CustomEvent<DzErrorDetail>) => errors.push(e.detail)}></div>`);
        wrapper.innerHTML = markup;
        const elements = Array.from(wrapper.querySelectorAll<DzElement>('dz-task-card, dz-target-gauge'));
        for (const el of elements) await el.updateComplete;
        return { wrapper, errors, elements };
      } finally {
        console.warn = warn;
      }
    }
    const visible = (el: Element) => el.getClientRects().length > 0 && (el as HTMLElement).offsetHeight > 0;

    it('is said in a notice and dz-error, and shown after the element, nothing lost (the article and the next element)', async () => {
      const { wrapper, errors, elements } = await page('<dz-task-card task="9" lang="en" /><p>The article goes on.</p><dz-target-gauge target="t09.1" lang="en" />');
      const [card, gauge] = elements;
      expect(gauge!.parentElement, 'the parser put the gauge inside the card').to.equal(card);
      const message = 'Content between <dz-task-card> and </dz-task-card> is not part of the element; it is shown after it. Is the tag closed? Write <dz-task-card …></dz-task-card>, not <dz-task-card … />.';
      expect(Array.from(card!.shadowRoot!.querySelectorAll('[part="notice"]'), (n) => n.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([`ⓘ ${message}`]);
      expect(errors.filter((e) => e.code === 'unexpected-content')).to.deep.equal([{ code: 'unexpected-content', message }]);
      expect(card!.shadowRoot!.querySelector('article'), 'the card itself').to.not.equal(null);
      expect(visible(wrapper.querySelector('p')!), 'the article’s text').to.equal(true);
      expect(visible(gauge!), 'the swallowed gauge').to.equal(true);
      expect(gauge!.shadowRoot!.querySelector('figure'), 'the gauge draws its target').to.not.equal(null);
      const article = card!.shadowRoot!.querySelector('article')!.getBoundingClientRect();
      expect(wrapper.querySelector('p')!.getBoundingClientRect().top, 'after the card, not inside it').to.be.at.least(article.bottom);
      await expect(wrapper).to.be.accessible();
    });

    it('in the element’s language; white space and comments between the tags are not content', async () => {
      const { errors, elements } = await page('<dz-task-card task="9" lang="zh-Hant">\n  <!-- 任務 9 -->\n</dz-task-card><dz-task-card task="10" lang="zh-Hant">任務 10</dz-task-card>');
      const [quiet, said] = elements;
      expect(quiet!.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      expect(said!.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('<dz-task-card> 與 </dz-task-card> 之間的內容');
      expect(errors.map((e) => e.code)).to.deep.equal(['unexpected-content']);
    });

    it('nor is a rich-text editor’s empty-block filler (a lone <br>, an empty <p>); other content still is (r83 M3)', async () => {
      const { errors, elements } = await page('<p><dz-task-card task="9"><br></dz-task-card></p><dz-task-card task="10"><p>\u00a0</p><br></dz-task-card><dz-task-card task="11"><br><b>任務 11</b></dz-task-card>');
      const noticed = elements.map((el) => el.shadowRoot!.querySelector('[part="notice"]') !== null);
      expect(noticed).to.deep.equal([false, false, true]);
      expect(errors.map((e) => e.code)).to.deep.equal(['unexpected-content']);
    });

    it('nor is what a rich-text editor leaves unseen between them (UEditor’s zero-width filler, a BOM): no notice about nothing (a CMS review)', async () => {
      const { errors, elements } = await page('<dz-task-card task="9">\u200b</dz-task-card><dz-task-card task="10">\n\ufeff\u200b </dz-task-card>');
      for (const el of elements) expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });
  });
});
