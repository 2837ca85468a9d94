/**
 * While its plan is on its way, an element in a layout that sizes it to its content (a float, a flex row, an
 * inline-block, a grid's `auto` column, a table cell beside text) shows its loading skeleton in the room it will take,
 * not in none: the matrix and the overview drew their skeletons 0 px wide there (empty bars have no width of their
 * own), so a CMS page showed nothing and said nothing until the plan came (a CMS editor's review, r49).
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { expectTakesTheRoom, shrinkToFit } from '../../test/support/shrink-to-fit.js';
import { until } from '../../test/support/wait.js';
import '../all.js';

/** The elements whose loading state is checked, with the attributes they need to show something. */
const elements: Record<string, string> = {
  'dz-task-matrix': 'section="4"',
  'dz-plan-overview': 'section="4"',
  'dz-task-card': 'task="1"',
  'dz-unit-summary': 'unit="市发展改革委"',
};

/** `tag` with `attributes`, its plan still to come (`plan = null`): the loading state for as long as the test needs. */
const loading = (tag: string, attributes: string): TemplateResult =>
  staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)} .plan=${null}></${unsafeStatic(tag)}>`;

/** The element in `layout` in a container `width` px wide, its skeleton drawn. */
async function loadingIn(width: number, layout: TemplateResult, tag: string): Promise<{ box: HTMLElement; el: HTMLElement; skeleton: HTMLElement }> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${layout}</div>`);
  const el = box.querySelector<HTMLElement>(tag)!;
  let skeleton: HTMLElement | null = null;
  await until(() => (skeleton = el.shadowRoot?.querySelector<HTMLElement>('[part="loading"]') ?? null), 'the loading skeleton');
  return { box, el, skeleton: skeleton! };
}

describe('the loading skeleton in layouts that size the element to its content', () => {
  for (const [tag, attributes] of Object.entries(elements)) {
    for (const [name, layout] of Object.entries(shrinkToFit)) {
      it(`${tag} takes the room of a 320 px container while loading, in ${name}`, async () => {
        const { box, el, skeleton } = await loadingIn(320, layout(loading(tag, attributes)), tag);
        expectTakesTheRoom(box, el, name, 320);
        expect(skeleton.getBoundingClientRect().width, 'the skeleton is drawn across the element').to.be.above(320 / 2);
      });
    }

    it(`${tag} is as wide while loading as once loaded in a plain block, its skeleton across it`, async () => {
      const { el, skeleton } = await loadingIn(1400, loading(tag, attributes), tag);
      const width = el.getBoundingClientRect().width;
      const loaded = await fixture<HTMLElement>(staticHtml`<div style="width: 1400px"><${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}></div>`);
      const shown = loaded.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
      await shown.updateComplete;
      await until(() => !shown.shadowRoot!.querySelector('[part="loading"]'), 'the element loaded');
      expect(width, 'the width once loaded').to.be.closeTo(shown.getBoundingClientRect().width, 0.5);
      const bar = skeleton.querySelector<HTMLElement>('.skeleton:nth-child(even)') ?? skeleton.querySelector<HTMLElement>('.skeleton')!;
      expect(bar.getBoundingClientRect().width, 'a bar of the skeleton').to.be.above(width * 0.65);
    });
  }
});
