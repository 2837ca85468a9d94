/**
 * Review r130 F2: the browser reads `lang="undefined"` (React 19's `el.lang = undefined`, or a template's
 * `lang="${opts.lang}"`) as unset, following its ancestors; `renderPage` must read it so too, or the server draws the
 * card in another language than the browser and hydration fails.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPage } from '../src/ssr/index.js';

/** The languages the rendered shadow root says its parts are in. */
async function langsOf(body: string): Promise<string[]> {
  const { html: out } = await renderPage(`<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>\n`);
  const template = out.slice(out.indexOf('<template'), out.lastIndexOf('</template>'));
  return [...new Set([...template.matchAll(/ lang="([^"]*)"/g)].map((m) => m[1]!))];
}

describe('renderPage reads lang="undefined" as unset, as the browser does (r130 F2)', () => {
  it('on the element or a container: drawn in the page\'s English, as the card without it', async () => {
    const plain = await langsOf('<dz-task-card task="9"></dz-task-card>');
    assert.ok(plain.includes('en'), 'the plain card is in the page\'s English');
    assert.deepEqual(await langsOf('<dz-task-card task="9" lang="undefined"></dz-task-card>'), plain);
    assert.deepEqual(await langsOf('<div lang="undefined"><dz-task-card task="9"></dz-task-card></div>'), plain);
  });
});
