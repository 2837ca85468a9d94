/**
 * extractTargets reads what a clause says before each numeral (各, 分别, 稳定在) once, not again for every numeral:
 * `达到` + `1万` × 80,000 took 4.7 s, the square of its length, each numeral reading its clause from the start. The
 * work is counted, not timed: the characters the clause lead reads (`clause-lead.ts`), which a test passes to the
 * scan, are at most the length of the text whatever the machine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leadUpTo, newClauseLead } from '../src/extract/clause-lead.js';
import { scanTargets } from '../src/extract/scan.js';

/** The characters the scan's clause lead read in `text` and ahead of its numerals, the items it paired, and the targets it proposed. */
function scanned(text: string): { charsRead: number; charsAhead: number; itemsPaired: number; targets: number } {
  const lead = newClauseLead();
  const targets = scanTargets(text, 0, lead).length;
  return { charsRead: lead.charsRead, charsAhead: lead.charsAhead, itemsPaired: lead.itemsPaired, targets };
}

describe('the clause lead: each character before a numeral is read once', () => {
  for (const [what, make] of [
    ['one clause of numerals (达到1万1万…)', (n: number) => '达到' + '1万'.repeat(n)],
    ['one clause with 各 and 分别 before its numerals', (n: number) => '各县(市、区)、甲、乙分别至少建设' + '1家、'.repeat(n)],
    ['a held rate again and again', (n: number) => '稳定在' + '90%、'.repeat(n)],
  ] as const) {
    test(what, () => {
      for (const n of [1_000, 2_000]) {
        const text = make(n);
        const { charsRead, targets } = scanned(text);
        assert.ok(targets > 0, 'numerals are read as targets');
        assert.ok(charsRead > 0 && charsRead <= text.length, `${n}: ${charsRead} characters read for a text of ${text.length}`);
      }
    });
  }

  test('the unit of a 分别 list is looked for a bounded way ahead of each numeral, not along the rest of the list (review r51: 8,000 values took 20 s)', () => {
    for (const n of [1_000, 2_000]) {
      const text = '甲、乙分别达到' + '1个、'.repeat(n) + '2个百分点。';
      const { charsAhead, targets } = scanned(text);
      assert.ok(targets > n, 'the numerals are read');
      // 60 characters and one numeral with its unit past them, at most, per numeral.
      assert.ok(charsAhead <= 80 * targets, `${n}: ${charsAhead} characters read ahead for ${targets} numerals`);
    }
  });

  test('the items before 分别 are looked at once per list, not once per value (review r52: 8,000 items and values took 7.8 s)', () => {
    for (const [joiner, n] of [['、', 1_000], ['、', 2_000], ['和', 1_000]] as const) {
      const text = '甲' + `${joiner}乙`.repeat(n) + '分别达到' + '1个、'.repeat(n) + '2个。';
      const { itemsPaired, targets } = scanned(text);
      assert.ok(targets > n, 'the values are read');
      assert.ok(itemsPaired <= 4 * (n + 1), `${joiner} ×${n}: ${itemsPaired} items looked at for ${targets} values`);
    }
  });

  test('many 分别 in one clause, a long way from 分别 to its values, and long lists: work and output linear in the text (review r53)', () => {
    for (const n of [1_000, 2_000]) {
      const cases = {
        'many 分别': '甲、乙分别达到1个、2个和'.repeat(n) + '。',
        'numbers in the words after 分别': '甲、'.repeat(n) + '乙分别' + '5G与'.repeat(n) + '达到' + '1个、'.repeat(n) + '2个。',
        'a long list': '甲、'.repeat(n) + '乙分别达到' + '1个、'.repeat(n) + '2个。',
      };
      for (const [what, text] of Object.entries(cases)) {
        const lead = newClauseLead();
        const targets = scanTargets(text, 0, lead);
        assert.ok(targets.length > n, `${what}: the values are read`);
        assert.ok(lead.itemsPaired <= 4 * text.length, `${what} ×${n}: ${lead.itemsPaired} items paired for ${text.length} characters`);
        // A bounded look per value (the unit written once, 60 characters) and each character after 分别 once (the list's first value).
        assert.ok(lead.charsAhead <= 80 * targets.length + text.length, `${what} ×${n}: ${lead.charsAhead} characters read ahead for ${targets.length} values`);
        const written = targets.reduce((sum, t) => sum + t.quote.length + t.metric.length, 0);
        assert.ok(written <= 400 * targets.length, `${what} ×${n}: ${written} characters of quotes and metrics for ${targets.length} targets`);
      }
    }
  });

  test('reading a clause in pieces finds what reading it whole finds, and a new clause starts over', () => {
    const folded = '各县(市、区)、甲、乙分别至少1家、2家、3家,每个园区5家';
    const whole = leadUpTo(newClauseLead(), folded, 0, folded.indexOf('3'));
    const pieces = newClauseLead();
    for (const digit of ['1', '2', '3']) leadUpTo(pieces, folded, 0, folded.indexOf(digit));
    const { charsRead: _, ...same } = whole;
    const { charsRead: read, ...inPieces } = pieces;
    assert.deepEqual(inPieces, same);
    assert.equal(read, folded.indexOf('3'));
    assert.deepEqual(pieces.respectively, { at: folded.indexOf('分别'), firstItem: 0, itemCount: 2, lastStart: folded.indexOf('乙'), joiners: 2 });
    assert.equal(pieces.floor, true);
    const next = folded.indexOf(',') + 1;
    leadUpTo(pieces, folded, next, folded.indexOf('5'));
    assert.equal(pieces.respectively, undefined, 'the 分别 of the clause before is forgotten');
    assert.equal(pieces.floor, false);
    assert.deepEqual(pieces.lastEach, { end: folded.indexOf('园'), ge: false });
  });
});
