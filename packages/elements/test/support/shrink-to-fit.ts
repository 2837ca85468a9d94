/** The layouts that size an item to its content: the browser tests of the matrix's and the overview's own width. */
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';

/** Each layout around `element`, beside text where it has room for it (a CMS editor's pages, review r49). */
export const shrinkToFit: Record<string, (element: TemplateResult) => TemplateResult> = {
  'a float': (element) => html`<div style="float: left">${element}</div><p>Text beside the float.</p>`,
  'a flex row item': (element) => html`<div style="display: flex; gap: 1rem">${element}<p>Text beside it.</p></div>`,
  'an inline-block': (element) => html`<div style="display: inline-block">${element}</div> after`,
  "a grid's auto column": (element) => html`<div style="display: grid; grid-template-columns: auto 1fr; gap: 1rem">${element}<p>Main column</p></div>`,
  'a table cell beside text': (element) => html`<table><tr><td>${element}</td><td>Text beside it.</td></tr></table>`,
};

/**
 * Checks that `el`, in the layout `name` inside `box` (a container `room` px wide), takes most of the room beside the
 * text and no more than it (all of it in a float, beside nothing), and that the container does not scroll.
 */
export function expectTakesTheRoom(box: HTMLElement, el: HTMLElement, name: string, room: number): void {
  const width = el.getBoundingClientRect().width;
  expect(width, 'most of the room beside the text').to.be.above(room / 2);
  expect(width, 'no wider than the container').to.be.at.most(room);
  if (name === 'a float') expect(width, 'the whole room beside nothing').to.be.closeTo(room, 0.5);
  expect(box.scrollWidth, 'the container does not scroll').to.be.at.most(box.clientWidth);
}
