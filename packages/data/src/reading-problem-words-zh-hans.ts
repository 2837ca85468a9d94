/** The words of the reading problems in Simplified Chinese (zh-Hans). */
import type { ReadingProblemWords } from './reading-problem-words.js';

export const words: ReadingProblemWords = {
  notANumber: (text, example) => `“${text}”不是数字,请用阿拉伯数字填写,如 ${example ?? '2100 或 2.1万'}`,
  range: (text) => `“${text}”是一个范围,不是一个数值:请只填一个数,如 2100`,
  multiplier: (text, whole) => `“${text}”中的十、百、千不会读作倍数:请写出整个数,${whole ? `即 ${whole}` : '如 2100,或用万、亿,如 2.1万'}`,
  approximate: (text, number) => `“${text}”是约数:请填一个确切的数,如 ${number}`,
  bound: (text) => `“${text}”不是确切的数:请填实际的数`,
  sizeOnly: (text, moved, size) => `“${text}”:此栏只填变化的幅度,${moved} 请填 ${size}`,
  againstTarget: (text, moved, size, targetFalls) =>
    `“${text}”:此栏只填变化的幅度;与目标的方向相反:${moved} 请填 -${size}(负数表示${targetFalls ? '不降反升' : '不增反降'})`,
  moved: (fall, amount) => `${fall ? '下降' : '增长'} ${amount}`,
  note: (text) => `“${text}”在数值旁写了说明:此格只填数值,说明请写在备注栏`,
  wrongUnit: (text, unit) => `“${text}”的单位与目标不符,目标单位是“${unit}”`,
  noUnit: (text, number) => `“${text}”带有单位,但目标没有单位(是指数、系数或比值):请只填数字,如 ${number}`,
  pointsForLevel: (text, inPoints, signed, metric, example) =>
    `“${text}”${!inPoints ? '带正负号,是增减的幅度' : signed ? '是增减的百分点' : '以百分点计,可能是增减的百分点'},而此处填${metric}本身:请填当前的数,以 % 计,不带正负号,如 ${example}`,
  countForShare: (text) => `“${text}”是个数,不是占比:请填占比,如 36.4%,或写成“个数/总数”,如 4/11(在 Excel 里先把单元格设为文本,否则 4/11 会变成日期)`,
  wrongScale: (value, times, goal, named, read) =>
    `${value} 是目标(${goal})的 ${times} 倍,${named ? `数值应以“${named}”为单位` : '请核对数值'}${read ? `:${read.given} 即 ${read.write}` : ''}`,
  tooSmall: (value, goal, named, scale, suggestion) => `${value} 不到目标(${goal})的千分之一,数值应以“${named}”为单位:${value}${scale} 即 ${suggestion}`,
  fraction: (value, goal, suggestion) => `${value} 像是小数比例,目标(${goal})以百分比计:请填 ${suggestion} 或 ${suggestion}%`,
  overWhole: (value, goal) => `${value}% 超过 100%,比率不会超过全部(目标 ${goal})`,
  fallOverWhole: (value, goal) => `下降 ${value}% 超过 100%,减少不会多于全部(目标 ${goal})`,
  change: (comparator, amount) => `${comparator === 'decreaseBy' ? '下降' : '增长'}${amount}`,
  negative: (value) => `${value} 是负数,此指标不会小于零`,
  zeroReading: (metric, kind) =>
    `${metric}为 0:${{ total: '此总量不会为 0', stock: '这是已有的存量,不会为 0', share: '这是已有的比例,不会为 0' }[kind]},应是尚未填报,请填实际${{ total: '用量', stock: '数值', share: '比例' }[kind]}`,
  implausibleGrowth: (value, times, goal) => `增长 ${value} 是目标(增长 ${goal})的 ${times} 倍,一年增长超过一倍:多半是数字填错,请核实`,
  invalidDate: (asOf) => `“${asOf}”不是有效日期(YYYY-MM-DD)`,
  month: (asOf, date) => `“${asOf}”只有年和月,没有日:请填写完整日期,如 ${date}`,
  serial: (asOf, date) => `“${asOf}”像是 Excel 存储的日期 ${date}:请把单元格设为日期格式,或填写 ${date}`,
  date: (asOf, date) => `“${asOf}”不是有效日期(YYYY-MM-DD):请填 ${date}`,
  period: (asOf, date) => `“${asOf}”是一段时期,不是日期:请填该期的最后一天${date ? `,如 ${date}` : '(YYYY-MM-DD)'}`,
  beforePeriod: (asOf, start) => `日期 ${asOf} 早于目标考核期的开始(${start})`,
  afterToday: (asOf, today) => `日期 ${asOf} 晚于今天(${today})`,
  afterDeadline: (asOf, deadline) => `日期 ${asOf} 晚于目标期限(${deadline}):请填截至 ${deadline} 的数值`,
  belowEarlier: (value, date, earlier) => `${value} 少于 ${date}的 ${earlier}:累计数不会减少,请核实`,
};
