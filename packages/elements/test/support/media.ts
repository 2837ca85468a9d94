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
    await emulateMedia(media as Parameters<typeof emulateMedia>[0]);
  } catch (error) {
    if (/not support/i.test(String(error))) test.skip();
    throw error;
  }
}
