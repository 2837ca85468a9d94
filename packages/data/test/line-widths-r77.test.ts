/**
 * A document's line widths are measured once (review r77 M3): the seed on one line, 60 times over, took 160 s in
 * `dz-plan summary`, each task's body measured from the start of its line, the start of the document. The work is
 * counted, not timed: the characters one {@link lineWidths} measures while every body of the document is read with it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { displayWidth, lineWidths } from '../src/node/line-widths.js';
import { tasksWrapWidth, unwrapSpan, wrapWidth } from '../src/node/wrapped-lines.js';

/** `tasks` tasks on one line, as the seed is written, each body starting far into the line. */
const oneLine = (tasks: number) =>
  '一、第一部分' + Array.from({ length: tasks }, (_, i) => `${i + 1}.推動任務${i}。引進成果50項,建設平臺${i}個,推動產業發展。(牽頭單位:市甲局)`).join('');

describe('line widths (review r77)', () => {
  test('every body of a document on one line read with one LineWidths: each character measured once at most', () => {
    for (const n of [200, 400]) {
      const text = oneLine(n);
      const { tasks } = parsePlanText(text);
      assert.equal(tasks.length, n);
      const widths = lineWidths(text);
      const width = tasksWrapWidth(text, tasks, widths);
      const bodies = tasks.map((t) => unwrapSpan(text, t.bodySpan, width, widths).text);
      assert.ok(widths.measured > 0 && widths.measured <= text.length, `${n} tasks: ${widths.measured} characters measured for ${text.length}`);
      // As read each with one of its own: the same bodies.
      if (n === 200) assert.deepEqual(bodies, tasks.map((t) => unwrapSpan(text, t.bodySpan, tasksWrapWidth(text, tasks, lineWidths(text)), lineWidths(text)).text));
    }
  });

  test('the widths are the caller\'s to pass, never measured again behind its back (review r79 L3)', () => {
    // A parameter with a default is not counted in a function's length: each takes its LineWidths without one.
    assert.deepEqual([unwrapSpan.length, wrapWidth.length, tasksWrapWidth.length], [4, 3, 3]);
    // And the typecheck refuses a call without it, which would measure the document again for every span it reads.
    const text = oneLine(2);
    const { tasks } = parsePlanText(text);
    const without = [
      // @ts-expect-error a LineWidths is required
      () => unwrapSpan(text, tasks[0]!.bodySpan, undefined),
      // @ts-expect-error a LineWidths is required
      () => wrapWidth(text, []),
      // @ts-expect-error a LineWidths is required
      () => tasksWrapWidth(text, tasks),
    ];
    assert.equal(without.length, 3);
  });

  test('a line\'s width is its text\'s from the line\'s start, blanks at the end left out, whatever was asked before', () => {
    const source = 'ab\r\n甲乙 \u3000\n\f頁 x\t\n𠀀😀z\ud800y\r\r末';
    const widths = lineWidths(source);
    // Asked backwards and forwards: a width asked once is not changed by those asked after it.
    const stops = [...Array(source.length + 1).keys()];
    for (const stop of [...stops.reverse(), ...stops.reverse()]) {
      const start = Math.max(source.lastIndexOf('\n', stop - 1), source.lastIndexOf('\r', stop - 1)) + 1;
      assert.equal(widths.widthUpTo(stop), displayWidth(source.slice(start, stop).trimEnd()), `up to ${stop}`);
    }
    assert.equal(widths.measured, source.length);
  });
});
