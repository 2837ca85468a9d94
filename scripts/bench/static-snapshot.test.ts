/** The static pages of what our elements draw (scripts/bench/static-snapshot.ts): shadow content made light DOM. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostAsClass, staticPage } from './static-snapshot.js';

describe('a static page of what our elements draw', () => {
  test(':host reads as the class of the host stand-in, in every rule and at-rule, its arguments kept', () => {
    const css = [
      ':host { display: grid; }',
      ':host([hidden]) { display: none; }',
      ':host(:not([dir="rtl"])) .cell { text-align: start; }',
      '@media print { :host { color: black; } }',
      '.base { container: dz-task-matrix / inline-size; }',
      '@container dz-task-matrix (min-width: 420px) { .list { display: grid; } }',
    ].join('\n');
    assert.equal(
      hostAsClass(css, 'dz-matrix'),
      [
        '.dz-matrix { display: grid; }',
        '.dz-matrix[hidden] { display: none; }',
        '.dz-matrix:not([dir="rtl"]) .cell { text-align: start; }',
        '@media print { .dz-matrix { color: black; } }',
        '.base { container: dz-task-matrix / inline-size; }',
        '@container dz-task-matrix (min-width: 420px) { .list { display: grid; } }',
      ].join('\n'),
    );
  });

  test("each host becomes a div of the class around its shadow content, without Lit's comment markers", () => {
    const page = staticPage(
      {
        hosts: [
          { attributes: {}, html: '<!--?lit$041$--><div class="base" part="base"><!----><table><tbody><tr><td tabindex="-1"><!--?-->x</td></tr></tbody></table></div>' },
        ],
        reflected: [],
        rules: [':host { display: grid; }'],
      },
      'dz-matrix',
    );
    assert.deepEqual(page, {
      markup: '<div class="dz-matrix"><div class="base" part="base"><table><tbody><tr><td tabindex="-1">x</td></tr></tbody></table></div></div>',
      css: '.dz-matrix { display: grid; }',
      className: 'dz-matrix',
      count: 1,
    });
  });

  test('a host keeps the attributes its class reflects and those its styles select on, no others', () => {
    const page = staticPage(
      {
        hosts: [
          { attributes: { target: 't09.1', value: '2100', status: 'onTrack', scheme: 'rag5' }, html: '<div></div>' },
          { attributes: { target: 't09.2', status: 'a "quoted" & status' }, html: '<div></div>' },
        ],
        reflected: ['status'],
        rules: [':host([scheme=rag5]) { --x: 1; }'],
      },
      'dz-gauge',
    );
    assert.equal(page.markup, '<div class="dz-gauge" status="onTrack" scheme="rag5"><div></div></div><div class="dz-gauge" status="a &quot;quoted&quot; &amp; status"><div></div></div>');
    assert.equal(page.count, 2);
  });
});
