/**
 * Review r97 M5: a plan's title was the first 《…》 of its preamble, whatever it was: in `根据…审议通过的《政府工作报告》，
 * 现将…分解如下` the plan was titled 政府工作报告 on every page, silently. A 《…》 the preamble cites (根據, 落實, 貫徹,
 * 按照…) or that names no plan (報告, 條例) is not the title; the one it announces still is (發布了《關于印發…的通知》,
 * 現將《…》印發給你們).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { planFromText } from '../src/node/index.js';

const task = '\n一、实体经济\n1.新建5G基站100个。（牵头单位：市工业和信息化局）\n';
const titleOf = (preamble: string) => planFromText(preamble + task, { issuer: '南屏市人民政府' }).plan?.title['zh-Hans'];

describe('the title is the plan the preamble announces, not a document it cites', () => {
  test('r97: a report cited, the title line after it', () => {
    assert.equal(
      titleOf('南屏市2024年政府工作报告重点工作任务分解方案\n根据市十八届人大二次会议审议通过的《政府工作报告》，现将重点工作任务分解如下。'),
      '南屏市2024年政府工作报告重点工作任务分解方案',
    );
  });
  test('a plan cited (为贯彻落实《…规划》), then the one announced', () => {
    assert.equal(
      titleOf('为深入贯彻落实《南屏市国民经济和社会发展第十四个五年规划纲要》，现将《南屏市2024年重点工作任务》印发给你们，请认真贯彻执行。'),
      '南屏市2024年重点工作任务',
    );
  });
  test('a plan cited alone: the title line', () => {
    assert.equal(titleOf('南屏市2024年重点工作任务\n按照《南屏市“十四五”规划纲要》部署，制定本任务。'), '南屏市2024年重点工作任务');
  });
  test('the one announced, as before (现将《…》印发, 关于印发《…》的通知)', () => {
    assert.equal(titleOf('南屏市人民政府\n现将《南屏市2024年重点工作任务》印发给你们。'), '南屏市2024年重点工作任务');
    assert.equal(titleOf('南屏市人民政府关于印发《南屏市2024年重点工作任务》的通知'), '南屏市2024年重点工作任务');
  });
  test('the Dezhou seed keeps its title (發布了《關于印發…的通知》)', () => {
    const seed = readFileSync(resolve(import.meta.dirname, '../../../seeds/dezhou-2023-key-tasks.zh-Hant.txt'), 'utf8');
    assert.equal(planFromText(seed).plan?.title['zh-Hant'], '德州市深化新舊動能轉換推動綠色低碳高質量發展2023年重點工作任務');
  });
});
