/** Where a caption sits in a scrolling frame: the browser tests of the matrix's and the overview's long captions. */
import { expect } from '@open-wc/testing';

/** The frame's visible box (inside its borders and scrollbars), in the viewport's coordinates. */
export function visibleBox(frame: HTMLElement): { left: number; right: number } {
  const left = frame.getBoundingClientRect().left + frame.clientLeft;
  return { left, right: left + frame.clientWidth };
}

/** Asserts that `text` is whole and inside the frame's visible box. */
export function expectWithin(text: HTMLElement, frame: HTMLElement, when: string): void {
  const box = text.getBoundingClientRect();
  const visible = visibleBox(frame);
  expect(box.left, `the caption's left edge ${when}`).to.be.at.least(visible.left - 0.5);
  expect(box.right, `the caption's right edge ${when}`).to.be.at.most(visible.right + 0.5);
  expect(text.scrollWidth, `the caption's text, unclipped, ${when}`).to.be.at.most(text.clientWidth);
}
