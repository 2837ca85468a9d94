/**
 * Marks the nodes a server rendered: once a page's HTML is parsed, before any of its scripts runs, each child of every
 * dz- element's declarative shadow root gets `serverNode = true`. A test then tells hydration (the server's nodes kept)
 * from a second drawing (new nodes) by reading the mark.
 */
import type { Page } from 'puppeteer-core';

/** Every dz- element's tag. */
const tags = 'dz-task-matrix, dz-task-card, dz-target-gauge, dz-unit-summary, dz-plan-overview';

/** Has `page` mark the server's nodes of its next documents (see above). */
export function markServerNodes(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument((all: string) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const element of document.querySelectorAll(all)) {
        for (const child of element.shadowRoot?.children ?? []) (child as unknown as { serverNode: boolean }).serverNode = true;
      }
    });
  }, tags);
}
