/**
 * F168 (review r74 item 14): the Chinese a message quotes (the note that the first listed unit leads, a task written
 * as text, the labels to write, 分別 and its list) follows the document's script, so the English the CLI says
 * without `--lang` quotes a Simplified document in Simplified; `--lang` says them in its own script.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FOLD_FROM } from '../src/generated/fold.js';
import { diagnosticIn } from '../src/node/diagnostic-words.js';
import { planFromText } from '../src/node/plan-from-text.js';
import type { Diagnostic } from '../src/parse/types.js';
import { otherCity } from './helpers.js';

const traditional = new Set(FOLD_FROM);
/** The characters of `message` only Traditional writes. */
const traditionalIn = (message: string) => [...message].filter((ch) => traditional.has(ch)).join('');

/** The first diagnostic of each code `planFromText` says of `text`, in English. */
function saidOf(text: string): Map<string, Diagnostic> {
  const said = new Map<string, Diagnostic>();
  for (const d of planFromText(text, otherCity).diagnostics) if (!said.has(d.code)) said.set(d.code, d);
  return said;
}

const simplified = [
  '1.推动科技成果转化。引进科技成果60项以上。',
  '责任单位：市科技局、市工业和信息化局',
  '2.培育创新主体。新增高新技术企业150家。（牵头单位：市科技局；责任单位：市财政局）',
  '3.财政收入。一般公共预算收入和税收收入，分别增长15%、20%。（牵头单位：市财政局）',
  '序号\t任务\t牵头单位',
  '4\t扩大有效投资\t市发展改革委',
  '',
].join('\n');
const traditionalDocument = [
  '1.推動科技成果轉化。引進科技成果60項以上。',
  '責任單位:市科技局、市工業和信息化局',
  '2.培育創新主體。新增高新技術企業150家。(牽頭單位:市科技局;責任單位:市財政局)',
  '3.財政收入。一般公共預算收入和稅收收入,分別增長15%、20%。(牽頭單位:市財政局)',
  '序號\t任務\t牽頭單位',
  '4\t擴大有效投資\t市發展改革委',
  '',
].join('\n');
const duty = '1.推动科技成果转化。引进科技成果60项以上。（市科技局牵头，市财政局负责）\n';

describe('F168: the Chinese a message quotes, as the document writes it', () => {
  test('a Simplified document: the English quotes Simplified', () => {
    const said = saidOf(simplified);
    const expected: [string, string][] = [
      ['rolesNotGiven', 'say in the document that the first listed leads: 排在首位的为牵头单位)'],
      ['tableNotRead', 'with its units in brackets: 1.扩大有效投资。…(牵头单位:市发展改革委;配合单位:市财政局)'],
      ['responsibleBesideLead', '(write 参与单位 or 配合单位, or give'],
      ['respectiveWithoutSubject', 'follows 分别, but no subject before it pairs with it: no target proposed (write the subjects as a 、-list, one for each value: 甲、乙分别增长15%、20%)'],
    ];
    for (const [code, words] of expected) {
      const message = said.get(code)?.message ?? `no ${code}`;
      assert.ok(message.includes(words), `${code}: ${message}`);
      assert.equal(traditionalIn(message), '', `${code}: ${message}`);
    }
    const [d] = planFromText(duty, otherCity).diagnostics.filter((x) => x.code === 'responsibleBesideLead');
    assert.match(d?.message ?? '', /\(write 配合 or 参与 for units that take part/);
  });

  test('a Traditional document: the English quotes Traditional', () => {
    const said = saidOf(traditionalDocument);
    assert.ok(said.get('rolesNotGiven')?.message.includes(': 排在首位的為牽頭單位)'));
    assert.ok(said.get('tableNotRead')?.message.includes(': 1.擴大有效投資。…(牽頭單位:市發展改革委;配合單位:市財政局)'));
    assert.ok(said.get('responsibleBesideLead')?.message.includes('(write 參與單位 or 配合單位, or give'));
    assert.ok(said.get('respectiveWithoutSubject')?.message.includes('follows 分別, but'));
  });

  test('--lang says each message in its own script, whatever the document quoted', () => {
    const said = saidOf(simplified);
    const zh = (code: string, lang: 'zh-Hant' | 'zh-Hans') => diagnosticIn(said.get(code)!, lang).message;
    assert.match(zh('rolesNotGiven', 'zh-Hant'), /^任務 1 列出的責任單位.*「排在首位的為牽頭單位」\)$/u);
    assert.match(zh('rolesNotGiven', 'zh-Hans'), /^任务 1 列出的责任单位.*“排在首位的为牵头单位”\)$/u);
    assert.match(zh('tableNotRead', 'zh-Hant'), /1\.擴大有效投資。…\(牽頭單位:市發展改革委;配合單位:市財政局\)$/u);
    assert.match(zh('responsibleBesideLead', 'zh-Hant'), /^任務 2:牽頭單位旁的「责任单位」.*「參與單位」或「配合單位」/u);
    assert.match(zh('respectiveWithoutSubject', 'zh-Hant'), /^任務 3:「15%」在「分別」之後.*甲、乙分別增長15%、20%\)$/u);
    assert.match(zh('respectiveWithoutSubject', 'zh-Hans'), /^任务 3:“15%”在“分别”之后.*甲、乙分别增长15%、20%\)$/u);
    const [d] = planFromText(duty, otherCity).diagnostics.filter((x) => x.code === 'responsibleBesideLead');
    assert.match(diagnosticIn(d!, 'zh-Hant').message, /^任務 1:「牵头」旁的「负责」.*參與的單位請寫「配合」或「參與」/u);
  });
});
