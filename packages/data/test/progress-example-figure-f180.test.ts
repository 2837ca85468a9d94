/**
 * F180 (review r80 L5): a value that is no number (二百一十) for a target of another city's plan (不少于四百家) was told
 * to write Dezhou's figure, `2100 或 2.1万`, whatever the target; the import now gives the target's own figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherCity } from './helpers.js';
import { planFromText } from '../src/node/plan-from-text.js';
import { importProgressFiles } from '../src/progress/index.js';

const { plan } = planFromText('1、新增“四上”企业1200家左右，其中规上工业企业不少于四百家。（市工业和信息化局牵头）', otherCity);

test('"not a number" for a count of another plan: the target\'s own figure as the example, in each language', async () => {
  const target = plan!.targets.find((t) => t.value === 400)!;
  const data = new TextEncoder().encode(`指標編號,完成值,截至日期\n${target.id},二百一十,2024-06-30\n`);
  const expected = { 'zh-Hant': '如 400', 'zh-Hans': '如 400', en: 'such as 400' } as const;
  for (const [lang, example] of Object.entries(expected)) {
    const result = await importProgressFiles([{ name: 'gxj.csv', data }], plan!, { lang: lang as keyof typeof expected, today: '2024-07-01' });
    const [problem] = result.problems;
    assert.equal(problem?.code, 'notANumber', JSON.stringify(result.problems));
    assert.ok(problem.message.endsWith(example), problem.message);
    assert.doesNotMatch(problem.message, /2100/);
  }
});
