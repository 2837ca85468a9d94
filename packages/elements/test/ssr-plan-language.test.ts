/**
 * A page that does not say its language (no `lang`, an empty one, or only `zh`) is rendered on the server in its
 * elements' plan's own language (`sourceLanguage`), as the browser then reads it (review r102 H1): a plan built from a
 * Simplified document in Simplified, its UI strings too; a `lang` naming a script or a region still wins.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { renderPage } from '../src/ssr/index.js';

const base = fileURLToPath(new URL('../test-fixtures/', import.meta.url));
const card = '<dz-task-card task="1" plan-src="built-plan.json"></dz-task-card>';
const page = (htmlAttributes: string, body = card) => `<!doctype html><html${htmlAttributes}><head><title>t</title></head><body>\n${body}\n</body></html>\n`;

/** The languages the rendered shadow root says its parts are in, and its text. */
async function rendered(html: string): Promise<{ langs: string[]; text: string }> {
  const { html: out } = await renderPage(html, { base });
  const template = out.slice(out.indexOf('<template'), out.lastIndexOf('</template>'));
  return { langs: [...new Set([...template.matchAll(/ lang="([^"]*)"/g)].map((m) => m[1]!))], text: template.replace(/<[^>]*>/g, '') };
}

describe('renderPage: the language of a page that does not say it', () => {
  for (const [name, attributes, body] of [
    ['no lang', '', card],
    ['an empty lang', ' lang=""', card],
    ['lang="zh"', ' lang="zh"', card],
    ['lang="zh" on a container', '', `<div lang="zh">${card}</div>`],
  ] as const) {
    it(`${name}: a plan built from a Simplified document is rendered in Simplified, its UI strings too`, async () => {
      const { langs, text } = await rendered(page(attributes, body));
      assert.deepEqual(langs, ['zh-Hans']);
      assert.match(text, /推动成果转化/);
      assert.match(text, /牵头单位/);
      assert.doesNotMatch(text, /推動成果轉化|牽頭單位/);
    });
  }

  for (const [tag, expected] of [
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
  ] as const) {
    it(`lang="${tag}" still wins: ${expected}`, async () => {
      const { langs, text } = await rendered(page(` lang="${tag}"`));
      assert.deepEqual(langs, [expected]);
      assert.match(text, expected === 'zh-Hant' ? /推動成果轉化/ : /推动成果转化/);
    });
  }

  it('the bundled Dezhou plan (sourceLanguage zh-Hant) is rendered in Traditional on such a page, as before', async () => {
    const { langs, text } = await rendered(page('', '<dz-task-card task="9"></dz-task-card>'));
    assert.deepEqual(langs, ['zh-Hant']);
    assert.match(text, /牽頭單位/);
  });
});
