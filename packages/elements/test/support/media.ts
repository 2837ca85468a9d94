/** Emulated media in a browser test, for a state only a media query reaches (forced colours, print). */
import { emulateMedia } from '@web/test-runner-commands';

/** What `emulateMedia` takes (its types lack `forcedColors`, which Playwright's Chromium emulates). */
export type Media = Parameters<typeof emulateMedia>[0] & { readonly forcedColors?: 'active' | 'none' };

/**
 * Emulates `media` for the running test, or skips the test where the launcher cannot (the Firefox launcher here has
 * no CDP: "CDP support is required"); any other failure fails the test.
 */
export async function emulateOrSkip(test: { skip(): void }, media: Media): Promise<void> {
  try {
    await answered(() => emulateMedia(media as Parameters<typeof emulateMedia>[0]));
  } catch (error) {
    if (/not support/i.test(String(error))) test.skip();
    throw error;
  }
}

/**
 * `command` (a test runner command), asked again when the runner's server did not answer it: web-test-runner gives a
 * command 20 s, and a server busy beside other work (two cores, CI) can miss it, as a print test did in Firefox; the
 * answer, not a delay, is waited for, up to three times.
 */
export async function answered<T>(command: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await command();
    } catch (error) {
      if (tries === 3 || !/Did not receive a server response/.test(String(error))) throw error;
    }
  }
}
