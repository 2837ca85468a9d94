/**
 * A plan's text taken from a PDF (pdftotext without -layout, a copy out of a PDF viewer), every line broken at the
 * page's width, mid-sentence and mid-name (r37, F40): read by `dz-plan` as the unwrapped text is. Tasks 1–3 of the
 * seed (and task 27, whose 33.3% a line may cut), wrapped at 30 to 40 ideographs a line, give the same titles, units
 * and targets as the text as written on one line, each quote still the source's own text at its offset; lines that
 * really are separate (headings, numbered tasks, items of a list, a sentence's end before a new task) stay so.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parsePlanText } from '../src/parse-plan-text.js';
import { checkParsed } from '../src/node/after-parse.js';
import { planFromText } from '../src/node/plan-from-text.js';
import type { ParsedPlanText } from '../src/parse/types.js';
import type { Plan } from '../src/schema.js';
import { cliScratch, dzPlanHere, seed } from './helpers.js';

/** The width of `line` in display columns, as a page sets it: an ideograph or a full-width form 2, anything else 1. */
const columns = (line: string) => [...line].reduce((n, c) => n + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);

/** `paragraph` as a PDF sets it on a page `width` columns wide: each line as full as the next character lets it be. */
function wrap(paragraph: string, width: number): string {
  const lines = [''];
  for (const c of paragraph) {
    if (columns(lines.at(-1)! + c) > width) lines.push(c);
    else lines[lines.length - 1] += c;
  }
  return lines.join('\n');
}

const seedParse = parsePlanText(seed);
const taskText = (i: number) => seed.slice(seedParse.tasks[i]!.span.offset, seedParse.tasks[i]!.span.offset + seedParse.tasks[i]!.span.length);
/** The issuer and the document's title on lines of their own, as its first page opens. */
const TITLE = '德州市人民政府\n德州市深化新舊動能轉換推動綠色低碳高質量發展2023年重點工作任務';
/** The paragraph after it (為深入貫徹…如下。), up to the first heading. */
const INTRO = seed.slice(seed.indexOf('為深入貫徹'), seedParse.sections[0]!.headingSpan.offset);
/** Section 一 and its tasks 1–3, run together as the seed writes them. */
const TASKS = seed.slice(seedParse.sections[0]!.headingSpan.offset, seedParse.tasks[3]!.span.offset);
/** Section 一 and tasks 1–3 as paragraphs of their own (the tests indent each by two ideographic spaces, as a PDF sets it). */
const PARAGRAPHS = [seed.slice(seedParse.sections[0]!.headingSpan.offset, seedParse.tasks[0]!.span.offset), ...[0, 1, 2].map(taskText)];

/** The seed's text, with its paragraphs (`[title, …paragraphs]`) on lines of their own, each wrapped at `width`. */
const document = (paragraphs: readonly string[], width?: number) => [TITLE, ...paragraphs.map((p) => (width ? wrap(p, width) : p))].join('\n');
/** The widths of a page of 30 to 40 ideographs. */
const WIDTHS = Array.from({ length: 21 }, (_, i) => 60 + i);

const parse = (text: string) => checkParsed(text, parsePlanText(text));
/** The plan of `text`, which must build; a document without a preamble is given its title, issuer and year. */
const built = (text: string, options = text.includes('人民政府') ? {} : { title: '測試', issuer: '某市人民政府', year: 2024 }): Plan => {
  const { plan, diagnostics, issues } = planFromText(text, options);
  assert.ok(plan, JSON.stringify([diagnostics.filter((d) => d.severity === 'error'), issues]));
  return plan;
};

/** What the parse says of each task and section, and its diagnostics' codes: all that must not change with the wrapping. */
const read = (parsed: ParsedPlanText) => ({
  sections: parsed.sections.map((s) => `${s.numeral} ${s.title}`),
  tasks: parsed.tasks.map((t) => ({ number: t.number, title: t.title, lead: t.lead, participating: t.participating, body: t.body.replace(/\n/g, '') })),
  units: parsed.units,
  diagnostics: parsed.diagnostics.map((d) => d.code),
});
/** What a plan's targets say, without where they stand; the quotes without their line breaks. */
const said = (plan: Plan) =>
  plan.targets.map(({ id, metric, valueText, value, unit, comparator, deadline, quote }) => ({ id, metric: metric['zh-Hant'], valueText, value, unit, comparator, deadline, quote: quote.replace(/\n/g, '') }));

/** Every span of the parse (and of the plan's tasks) is the source's text: what it holds, line breaks left out. */
function assertSpansInSource(text: string, parsed: ParsedPlanText, plan: Plan): void {
  const at = ({ offset, length }: { offset: number; length: number }) => text.slice(offset, offset + length).replace(/\n/g, '');
  for (const t of parsed.tasks) {
    assert.equal(at(t.titleSpan), t.title, `task ${t.number}'s title span`);
    assert.equal(at(t.bodySpan), t.body.replace(/\n/g, ''), `task ${t.number}'s body span`);
    assert.match(at(t.unitsSpan!), /^\(牽頭單位:.*\)$/u, `task ${t.number}'s units span`);
    for (const name of [...t.lead, ...t.participating]) assert.ok(at(t.unitsSpan!).includes(name), `${name} in the units span of task ${t.number}`);
  }
  for (const s of parsed.sections) assert.equal(at(s.titleSpan), s.title);
  for (const t of plan.targets) assert.equal(text.slice(t.offset, t.offset + t.quote.length), t.quote, `${t.id} quoted verbatim at its offset`);
  for (const t of plan.tasks) assert.equal(at(t.source.title), t.title['zh-Hant']);
}

describe('a plan’s text wrapped at a page’s width (a PDF copy) reads as the text written on one line', () => {
  const flat = document([INTRO, TASKS]);
  const flatParse = read(parse(flat));
  const flatTargets = said(built(flat));

  test('the fixtures break lines where the parse went wrong: in a title, a label, a unit’s name, a number', () => {
    const wrapped = WIDTHS.map((width) => document([INTRO, TASKS], width)).join('\n');
    for (const broken of [/2\.加強創新平臺建設/u, /3\.培育科技型企業/u, /\(牽頭單位:/u, /市工業和信息化局/u, /市市場監管局/u, /市發展改革委/u, /900家/u, /90億元/u]) {
      const anyBreak = new RegExp(broken.source.replace(/\\\.|[^\\]/gu, (c) => `${c}\\n?`).replace(/\\n\?$/u, ''), 'gu');
      assert.ok([...wrapped.matchAll(anyBreak)].some((m) => m[0].includes('\n')), `a line break inside ${broken.source}`);
    }
    assert.equal(parse(document([INTRO, TASKS], 61)).tasks[0]!.lead.length, 2);
    assert.equal(flatParse.tasks.length, 3);
    assert.deepEqual(flatParse.tasks[1]!.participating, ['市發展改革委', '市工業和信息化局']);
  });

  for (const width of WIDTHS) {
    test(`tasks 1–3 run together, wrapped at ${width} columns: the same titles, units and targets; spans and quotes the source’s`, () => {
      const text = document([INTRO, TASKS], width);
      const parsed = parse(text);
      const plan = built(text);
      assert.deepEqual(read(parsed), flatParse);
      assert.deepEqual(said(plan), flatTargets);
      assert.deepEqual(plan.units.map((u) => u.name['zh-Hant']), built(flat).units.map((u) => u.name['zh-Hant']));
      assert.equal(plan.title['zh-Hant'], built(flat).title['zh-Hant']);
      assertSpansInSource(text, parsed, plan);
    });
  }

  const flatParagraphs = document(PARAGRAPHS);
  for (const width of WIDTHS) {
    test(`section 一 and tasks 1–3 as indented paragraphs, wrapped at ${width} columns: read as written on one line each`, () => {
      const text = document(PARAGRAPHS.map((p) => `\u3000\u3000${p}`), width);
      const parsed = parse(text);
      const plan = built(text);
      const expected = read(parse(document(PARAGRAPHS.map((p) => `\u3000\u3000${p}`))));
      assert.deepEqual(read(parsed), expected);
      assert.deepEqual(said(plan), said(built(flatParagraphs)));
      assertSpansInSource(text, parsed, plan);
      // Each paragraph is still its own line: the heading, each task's first line, nothing joined across them.
      for (const start of ['\u3000\u3000一、提升科技創新能力\n', '\u3000\u30001.推動', '\u3000\u30002.加強', '\u3000\u30003.培育']) assert.ok(text.includes(start) && (text.startsWith(start) || text.includes(`\n${start}`)));
      assert.equal(parsed.sections[0]!.title, '提升科技創新能力');
    });
  }

  test('pdftotext’s pages (a page number, a form feed) in the middle of a title, a label or a name are left out', () => {
    for (const width of [61, 66, 75]) {
      // A page of 10 lines: its number at its foot, and the next page's first line after a form feed.
      const lines = document([INTRO, TASKS], width).split('\n');
      const text = lines.map((line, i) => (i && i % 10 === 0 ? `\n- ${i / 10} -\n\f${line}` : line)).join('\n');
      const parsed = parse(text);
      const plan = built(text);
      assert.deepEqual(read(parsed), flatParse);
      // A quote is the source's text: with the page break it runs across (its line breaks are left out by `said`).
      const withoutPages = (quote: string) => quote.replace(/- \d+ -\f/gu, '');
      assert.deepEqual(said(plan).map((t) => ({ ...t, quote: withoutPages(t.quote) })), flatTargets);
      assert.ok(!JSON.stringify(parsed.tasks).includes('\\f'), 'no form feed in a task');
    }
  });

  test('a number cut by the line break (33.⏎3%, 33⏎.3%) is read whole', () => {
    // Task 27 as task 1 of its section: 優良水體比例不低于33.3%.
    const section = seedParse.sections.find((s) => s.taskIndices.includes(26))!;
    const task27 = taskText(26).replace(/^27\./u, '1.');
    for (const [indent, cut] of [[' ', '33.\n3%'], ['\u3000\u3000', '33\n.3%']] as const) {
      const text = document([`一、${section.title}`, wrap(`${indent}${task27}`, 74)]);
      assert.ok(text.includes(cut), `the fixture cuts ${cut}`);
      const plan = built(text);
      assert.deepEqual(said(plan), said(built(document([`一、${section.title}`, task27]))));
      const share = plan.targets.find((t) => t.unit === '%')!;
      assert.deepEqual([share.metric['zh-Hant'], share.value], ['優良水體比例', 33.3]);
      assert.ok(share.quote.includes(cut));
      assertSpansInSource(text, parse(text), plan);
    }
  });
});

describe('lines that really are separate are not joined in a wrapped document', () => {
  const FILLER = '持續推進科技創新和產業創新深度融合加快構建現代化產業體系推動經濟實現質的有效提升';
  /** A line `width` columns wide (a page of 30 ideographs unless told): `head`, filler, a comma if a column is over, `tail`. */
  const line = (tail: string, head = '', width = 60) => {
    const room = width - columns(head) - columns(tail);
    const written = `${head}${FILLER.slice(0, Math.floor(room / 2))}${room % 2 ? ',' : ''}${tail}`;
    assert.equal(columns(written), width);
    return written;
  };
  /** A task whose title line is as wide as the page, then `lines`. */
  const task = (n: number, ...lines: string[]) => [line('', `${n}.推進數字化轉型。`), ...lines].join('\n');
  const units = '(牽頭單位:市工業和信息化局)';

  test('a heading (二、), a numbered item (1)… or a list’s item (一是) after a line as wide as the page starts a line of its own', () => {
    const text = [
      '一、數字經濟',
      task(1, line('實施'), '(1)推進工業互聯網平臺建設。', line('支持'), '一是培育數字化轉型服務商。', line('開展'), units),
      '二、綠色低碳',
      task(2, '建成充電樁500個。', units),
    ].join('\n');
    const parsed = parse(text);
    assert.deepEqual(parsed.sections.map((s) => s.title), ['數字經濟', '綠色低碳']);
    assert.deepEqual(parsed.tasks.map((t) => t.title), ['推進數字化轉型', '推進數字化轉型']);
    assert.deepEqual(parsed.tasks[0]!.body.split('\n'), [
      `${line('', '1.推進數字化轉型。').slice('1.推進數字化轉型。'.length)}${line('實施')}`,
      '(1)推進工業互聯網平臺建設。',
      line('支持'),
      '一是培育數字化轉型服務商。',
      line('開展'),
    ]);
    assert.deepEqual(parsed.tasks[1]!.lead, ['市工業和信息化局']);
  });

  test('a title cut by the page is read whole, and a target in it is quoted at its place in the source', () => {
    const text = ['一、數字經濟', task(1, line('實施'), line(`${units}2.新開通5G基`)), `站3000個。建成充電樁500個。${units}`].join('\n');
    const plan = built(text);
    assert.deepEqual(plan.tasks.map((t) => t.title['zh-Hant']), ['推進數字化轉型', '新開通5G基站3000個']);
    const inTitle = plan.targets.find((t) => t.taskId === 't02' && t.value === 3000)!;
    assert.equal(inTitle.metric['zh-Hant'], '新開通5G基站');
    assert.equal(text.slice(inTitle.offset, inTitle.offset + inTitle.quote.length), inTitle.quote);
    assert.match(inTitle.quote, /5G基\n站3000個/u);
    assert.deepEqual(plan.targets.filter((t) => t.taskId === 't02').map((t) => t.value), [3000, 500]);
  });

  test('a line that ends a sentence (。；:) keeps its line break, before a new numbered task too, as wide as the page', () => {
    for (const end of ['。', '；', ':']) {
      const text = ['一、數字經濟', task(1, line(`完成${end}`), '建成基站500個。', line(`完成${end}`)), `2.建設數字政府。建成充電樁500個。${units}`].join('\n');
      const parsed = parse(text);
      assert.deepEqual(parsed.tasks.map((t) => [t.number, t.title]), [[1, '推進數字化轉型'], [2, '建設數字政府']]);
      assert.match(parsed.tasks[0]!.body, new RegExp(`完成${end}\n建成基站500個。\n`, 'u'));
      assert.ok(parsed.tasks[0]!.body.endsWith(`完成${end}`));
    }
  });

  test('two numbers on two lines stay two where the line above had room for a digit more (500⏎3000個); one where it had none (1⏎2.5%)', () => {
    const room = ['一、數字經濟', task(1, line('新建基站500', '', 59), `3000個村通網。${units}`)].join('\n');
    const two = built(room);
    assert.ok(two.targets.some((t) => t.value === 3000), JSON.stringify(said(two)));
    assert.ok(!two.targets.some((t) => String(t.value).includes('5003000')));
    const cut = ['一、數字經濟', task(1, line('數字經濟核心產業增加值佔比達到1'), `2.5%以上。${units}`)].join('\n');
    const one = built(cut);
    assert.deepEqual(one.targets.map((t) => [t.metric['zh-Hant'], t.value, t.unit]), [['數字經濟核心產業增加值佔比', 12.5, '%']]);
    assert.deepEqual(one.tasks.map((t) => t.number), [1]);
  });
});

describe('dz-plan parse and build of a wrapped document (the CLI)', () => {
  const { at } = cliScratch('dz-plan-pdf-wrapped-');

  test('parse --json gives each title whole and each unit once, named as written on one line', async () => {
    writeFileSync(at('flat.txt'), document([INTRO, TASKS]));
    writeFileSync(at('wrapped.txt'), document([INTRO, TASKS], 61));
    const flat = await dzPlanHere('parse', at('flat.txt'), '--json');
    const wrapped = await dzPlanHere('parse', at('wrapped.txt'), '--json');
    assert.equal(wrapped.status, 0, wrapped.stdout.slice(0, 2000) + wrapped.stderr);
    const of = (run: { stdout: string }) => {
      const parsed = JSON.parse(run.stdout) as ParsedPlanText;
      return { titles: parsed.tasks.map((t) => t.title), units: parsed.units, lead: parsed.tasks.map((t) => t.lead) };
    };
    assert.deepEqual(of(wrapped), of(flat));
    assert.ok(!of(wrapped).units.some((u) => /\s/u.test(u)));
  });

  test('build gives the targets of the text written on one line', async () => {
    writeFileSync(at('wrapped-75.txt'), document([INTRO, TASKS], 75));
    const run = await dzPlanHere('build', at('wrapped-75.txt'));
    assert.equal(run.status, 0, run.stderr);
    const plan = JSON.parse(run.stdout) as Plan;
    assert.deepEqual(said(plan), said(built(document([INTRO, TASKS]))));
    assert.deepEqual(plan.tasks.map((t) => t.title['zh-Hant']), ['推動科技成果轉化', '加強創新平臺建設', '培育科技型企業']);
  });
});
