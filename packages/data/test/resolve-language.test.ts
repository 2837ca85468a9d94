/** `resolveLanguage`: the plan language of a page's or element's `lang`, as browsers and CMS templates write it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLanguage } from '../src/index.js';

test('BCP 47 tags: Simplified for zh-CN and zh-Hans-*, Traditional for zh, zh-TW and zh-HK, English for en-*', () => {
  const tags = ['zh-CN', 'zh-Hans-SG', 'zh', 'zh-TW', 'zh-HK', 'en', 'en-GB'];
  assert.deepEqual(tags.map((tag) => resolveLanguage(tag)), ['zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'en', 'en']);
});

test('POSIX locales and stray spaces, as some CMS templates write lang (zh_CN, en_US, " en"), read as their tags', () => {
  const tags = ['zh_CN', 'zh_TW', 'en_US', ' en', 'zh-Hans ', 'EN'];
  assert.deepEqual(tags.map((tag) => resolveLanguage(tag)), ['zh-Hans', 'zh-Hant', 'en', 'en', 'zh-Hans', 'en']);
});

test('another language, an empty tag or none gives the fallback', () => {
  assert.deepEqual(['fr', '', '  ', null, undefined].map((tag) => resolveLanguage(tag)), ['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant']);
  assert.equal(resolveLanguage('fr', 'en'), 'en');
});

test('a script subtag wins over the region: zh-Hant-CN is Traditional, zh-Hans-HK Simplified', () => {
  const tags = ['zh-Hant-CN', 'zh-hant-cn', 'zh_Hant_SG', 'zh-Hans-HK', 'zh-Hans-TW', 'zh-Hant-MY'];
  assert.deepEqual(tags.map((tag) => resolveLanguage(tag)), ['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hans', 'zh-Hans', 'zh-Hant']);
});
