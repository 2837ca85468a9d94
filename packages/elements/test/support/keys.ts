/**
 * Keys and focus in browser tests: real key presses through the test runner's launcher, and the element that has the
 * focus inside shadow roots.
 */
import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looked up through open shadow roots (`document.activeElement` stops at the first host). */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses `key` ("End", "Control+End"), holding its modifiers with down/up: not every launcher understands "Control+End". */
export async function press(key: string): Promise<void> {
  const modifiers = key.split('+');
  const name = modifiers.pop()!;
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: name });
  } finally {
    for (const modifier of modifiers.reverse()) await sendKeys({ up: modifier });
  }
}

/**
 * Presses `key` as {@link press} does, or skips `test` where the launcher sends no keys (this setup's Firefox, over
 * Puppeteer, has no send-keys command): a real key press, never a dispatched event that would pass for one.
 */
export async function pressOrSkip(test: Mocha.Context, key: string): Promise<void> {
  try {
    await press(key);
  } catch (error) {
    if (/not support/i.test(String(error))) test.skip();
    throw error;
  }
}
