/**
 * Two unit names apart at a blank, as a task's lead units beside a list separated by 、, in a document of `city`: read
 * apart (two units, nothing said) or joined (one unit, `blankInUnitName` naming the pair and the name read). Shared by
 * the unit-line reviews' tests (r119, r126).
 */
import assert from 'node:assert/strict';
import { parsePlanTextChecked } from '../src/node/index.js';

const NEXT = ['2.建设完整社区。新建完整社区试点20个。', '牵头单位：市住房城乡建设局'];
const OTHER = '配合單位：市教育局、市自然資源和規劃局';

export function blankPairs(city: string) {
  const doc = (...lines: string[]) => [`${city}市人民政府`, `${city}市2024年重点工作任务`, '一、推进项目建设', ...lines].join('\n') + '\n';
  /** The lead units and what is said when `pair` is a task's lead units. */
  const lead = (pair: string) => {
    const parsed = parsePlanTextChecked(doc(`1.推進項目建設。（牽頭單位：${pair}；${OTHER}）`, ...NEXT));
    assert.deepEqual(parsed.tasks[0]!.participating, ['市教育局', '市自然資源和規劃局'], pair);
    return { units: parsed.tasks[0]!.lead, said: parsed.diagnostics.map((d) => `${d.code}: ${d.message}`) };
  };
  const apart = (pair: string) => {
    const r = lead(pair);
    assert.deepEqual(r.units, pair.split(' '), pair);
    assert.deepEqual(r.said, [], pair);
  };
  const joined = (pair: string) => {
    const r = lead(pair);
    assert.deepEqual(r.units, [pair.replace(' ', '')], pair);
    assert.equal(r.said.length, 1, `${pair}\n${r.said.join('\n')}`);
    assert.match(r.said[0]!, /^blankInUnitName: /);
    assert.ok(r.said[0]!.includes(`"${pair}"`) && r.said[0]!.includes(`"${pair.replace(' ', '')}"`), r.said[0]);
  };
  return { lead, apart, joined };
}
