/**
 * Target extraction leftovers of reviews r113 and r118 (F294), in both scripts: a time limit brought down with no
 * 以內 (壓縮至1個工作日) is a target, brought down by the deadline; a range of a change names its metric without its
 * verb or a date before it (在2023年底前糧食產量增加3%—5%: 糧食產量); 以上 after a verbless list item after a held 力爭
 * keeps it; a held-down 左右 (漲幅控制在3%左右) stays a cap, its 左右 kept in the quote.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTargetsAndUnread, type ProposedTarget } from '../src/extract-targets.js';
import { planFromText } from '../src/node/plan-from-text.js';

/** The targets of `text` in a plan of `year`; each quote checked at its offset. */
function targets(text: string, year = 2024): ProposedTarget[] {
  return extractTargetsAndUnread(text, { year }).targets.map((p) => {
    assert.equal(text.slice(p.offset, p.offset + p.quote.length), p.quote, 'the quote is the text at its offset');
    return p;
  });
}

/** Each pair of a Traditional sentence and its Simplified twin. */
const bothScripts = (hant: string, hans: string): readonly string[] => [hant, hans];

describe('a time limit brought down with no 以內 is a target (r113)', () => {
  test('壓縮至1個工作日 reads as its 以內 twin: at most 1 working day, a level brought down by the deadline', () => {
    for (const text of [...bothScripts('企業開辦時間壓縮至1個工作日。', '企业开办时间压缩至1个工作日。'), '審批時限縮短到3個工作日。', '审批时限压减至5个工作日。']) {
      const found = targets(text);
      assert.equal(found.length, 1, text);
      const [p] = found;
      assert.deepEqual([p!.comparator, p!.measure, p!.broughtDown], ['atMost', 'level', true], text);
      const { plan } = planFromText(`1.甲。${text}（牽頭單位：市發改委）`, { title: '測試', issuer: '某市人民政府', year: 2024 });
      assert.deepEqual(
        plan?.targets.map((t) => [t.comparator, t.value, t.broughtDown]),
        [['atMost', p!.value, true]],
        text,
      );
    }
  });

  test('a span of time with no verb bringing it down is still no target', () => {
    for (const text of ['每3個工作日通報一次。', '提前3个工作日报送。', '壓縮審批時間，3個工作日後公示。']) assert.deepEqual(targets(text), [], text);
  });
});

describe('a metric is named without its verb or a date before it (r113)', () => {
  const verbs = bothScripts('提高 提升 增加 增長 下降 降低 減少', '提高 提升 增加 增长 下降 降低 减少').map((list) => list.split(' '));
  const dates = ['在2023年底前', '到2023年底', '年內', '年内', ''];

  test('a range of a change in percent: 糧食產量, whatever the verb and the date before it', () => {
    for (const [i, script] of verbs.entries()) {
      const metric = i === 0 ? '糧食產量' : '粮食产量';
      for (const verb of script) {
        for (const date of dates) {
          const text = `力爭${date}${metric}${verb}3%—5%。`;
          const [p] = targets(text, 2023);
          assert.equal(p?.metric, metric, text);
          assert.deepEqual([p!.comparator, p!.value, p!.upperValue], ['range', 3, 5], text);
        }
      }
    }
  });

  test('a range of a change in points: 森林覆蓋率, its direction kept', () => {
    for (const [i, script] of verbs.entries()) {
      const metric = i === 0 ? '森林覆蓋率' : '森林覆盖率';
      for (const verb of script) {
        const text = `${metric}${verb}1—2${i === 0 ? '個' : '个'}百分點。`.replace('百分點', i === 0 ? '百分點' : '百分点');
        const [p] = targets(text);
        assert.equal(p?.metric, metric, text);
        assert.equal(p!.direction, /下降|降低|減少|减少/.test(verb) ? 'decreaseBy' : 'increaseBy', text);
      }
    }
  });

  test('力爭在2023年底前糧食產量增加3%—5%: 糧食產量, due at the end of 2023', () => {
    for (const text of bothScripts('力爭在2023年底前糧食產量增加3%—5%。', '力争在2023年底前粮食产量增加3%—5%。')) {
      const [p] = targets(text, 2023);
      assert.deepEqual([p!.metric, p!.deadline, p!.firmness], [text.startsWith('力爭') ? '糧食產量' : '粮食产量', '2023-12-31', 'strive'], text);
    }
  });
});

describe('以上 after a verbless list item keeps a held 力爭 (r118 F7)', () => {
  test('both items of the list after 力爭達到 are 力爭, 以上 on either', () => {
    for (const text of [
      ...bothScripts('新能源汽車保有量力爭達到5萬輛，充電樁500個、換電站20座以上。', '新能源汽车保有量力争达到5万辆，充电桩500个、换电站20座以上。'),
      ...bothScripts('新能源汽車保有量力爭達到5萬輛，換電站20座以上、充電站300個。', '新能源汽车保有量力争达到5万辆，换电站20座以上、充电站300个。'),
    ]) {
      assert.deepEqual(
        targets(text).map((p) => p.firmness),
        ['strive', 'strive', 'strive'],
        text,
      );
    }
  });

  test('力爭新建充電樁500個、換電站20座以上 after its subject: both items 力爭; a clause with its own verb after it ends it', () => {
    for (const text of bothScripts('充電設施建設力爭新建充電樁500個、換電站20座以上，城鎮調查失業率控制在5.5%以內。', '充电设施建设力争新建充电桩500个、换电站20座以上，城镇调查失业率控制在5.5%以内。')) {
      assert.deepEqual(
        targets(text).map((p) => p.firmness),
        ['strive', 'strive', 'plain'],
        text,
      );
    }
  });

  test('a clause with its own subject and a bound still ends 力爭 (城鎮調查失業率5.5%以內)', () => {
    for (const text of bothScripts('城鎮新增就業力爭達到1.2萬人，城鎮調查失業率5.5%以內。', '城镇新增就业力争达到1.2万人，城镇调查失业率5.5%以内。')) {
      assert.deepEqual(
        targets(text).map((p) => p.firmness),
        ['strive', 'plain'],
        text,
      );
    }
  });
});

describe('a held-down 左右 stays a cap, as the guide says (r113 F5)', () => {
  test('居民消費價格漲幅控制在3%左右: at most 3%, the quote keeping 左右', () => {
    for (const text of bothScripts('居民消費價格漲幅控制在3%左右。', '居民消费价格涨幅控制在3%左右。')) {
      const [p] = targets(text);
      assert.deepEqual([p!.comparator, p!.value, p!.valueText], ['atMost', 3, '3'], text);
      assert.match(p!.quote, /3%左右$/, text);
    }
  });
});
