/** The words of a progress sheet's problems and warnings in Simplified Chinese (zh-Hans). */
import { givenText, secondLabel, type SheetProblemWords } from './sheet-problem-words.js';

export const words: SheetProblemWords = {
  unreadable: (reason) => `无法读取:${reason}`,
  noHeader: (example) => `找不到表头行(应有“${example}”等列)`,
  notesSheet: (rows, ids, more, table, note, value) =>
    `没有表头行,但${rows}有指标编号 ${ids.join('、')}${more ? ` 等 ${ids.length + more} 个` : ''},此工作表没有读取:其中的备注请移到工作表“${table}”该指标那一行的“${note}”列(数值填在“${value}”列),再删去此工作表;不需导入的,删去此工作表即可`,
  missingColumn: (header) => `表头缺少“${header}”列`,
  datesUnread: (header, found) => `表头缺少“${header}”列,而“${found}”列填的是日期,没有读取:请把表头改为“${header}”`,
  valuesUnread: (header, found, unit) =>
    `表头缺少“${header}”列,而“${found}”列填的是数值,没有读取:请把表头改为“${header}”${unit === undefined ? '' : `;单位“${unit}”请写在各格的数值后面(如 2.1${unit}),或按各指标的计量单位只填数字`}`,
  idsUnread: (header, found) => `表头缺少“${header}”列,而“${found}”列填的是指标编号,没有读取:请把表头改为“${header}”`,
  unknownTarget: (id) => `“${id}”不是本规划的指标编号`,
  totalAsTarget: (id) => `“${id}”不是指标编号:如是合计行,请删去(合计不导入)`,
  missingTarget: (value) => `填了完成值(${value}),但没有指标编号:请填写指标编号;如是合计行,请删去(合计不导入)`,
  dateAsValue: (date, unit) => `“${date}”是日期,但这一列应填完成值,${unit ? `即以“${unit}”计的数字` : '只填数字'}:日期请填在“截至日期”列`,
  serialAsValue: (serial, date, unit) => `“${serial}”是 Excel 存储的日期 ${date}(本行的截至日期),但这一列应填完成值,${unit ? `即以“${unit}”计的数字` : '只填数字'}`,
  noteUnread: (rows, header) => `此列不是导入读取的列,${rows}填的内容没有读取:如是备注,请把表头改为“${header}”`,
  unreadColumn: (rows) => `此列不是导入读取的列,${rows}填的内容未导入`,
  noTable: () => '没有表格(没有表头行,也没有指标编号),略过',
  ambiguousTarget: (id, first, tenth) => `“${id}”可能是 ${first},也可能是 ${tenth}(Excel 会把输入的 ${id}0 存成数字 ${id}):请写完整编号 ${first} 或 ${tenth},或把该列设为文本`,
  missingValue: () => '填了日期或备注,但没有完成值:请填写完成值;本期不报的指标,请把完成值、截至日期和备注都留空',
  placeholderValue: (text) => `“${text}”不是数字:本期不报的指标,请把完成值、截至日期和备注都留空`,
  noDate: () => '没有截至日期:请填写本列,或在导入时指定整份的日期(--as-of YYYY-MM-DD)',
  afterAsOf: (date, asOf) => `日期 ${date} 晚于导入指定的报告日期(${asOf}):请改正日期,或以较晚的日期导入`,
  fractionForPercent: (value, percent) => `${value} 像是小数比例:即 ${percent}%,请填 ${percent};如确是 ${value}%,请连 % 号填写`,
  afterDeadline: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline},且没有截至完成时限的数值:截至完成时限的数值请填日期 ${deadline}`,
  conflict: (id, value, other, otherValue, many, report) =>
    `${id} 同一日期有${many || report !== undefined ? '不同的' : '两个'}数值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,报告原有 ${report}`}:请${many || report !== undefined ? '各' : '两'}单位核定一个数`,
  typedTwice: (id, rows, count, value, other, otherValue, _worksheet, report) =>
    `${id} 在本表出现了${count === 2 ? '两' : ` ${count} `}次(${rows}),数值不同:本行 ${value},第 ${other} 行 ${otherValue}${report === undefined ? '' : `,报告原有 ${report}`}:其中一行可能是另一个指标,填错了编号:请核对指标编号`,
  sameUnitTwice: (unit, id, value, other, otherValue, many, report) =>
    `${unit}对 ${id} 同一日期报了${many || report !== undefined ? '不同的' : '两个'}数值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,报告原有 ${report}`}:请向${unit}确认以哪个为准`,
  emptyFile: () => '文件是空的,没有可导入的内容',
  unknownUnit: (name, given) => {
    const second = secondLabel(name);
    const fix = second ? `单位名称“${second.unit}”后还写了“${second.label}”:请把它移到另一格,此格只写单位名称` : '请改为规划中的单位名称';
    return `填报单位“${name}”不是本规划的单位,${given ? `本表填了数值的 ${given} 行未导入` : '本表未导入'}:${fix},或删去此行,作为督查办自己的表导入`;
  },
  unnamedUnit: (given) =>
    `填报单位没有写单位名称,不知是哪个单位的表,${given ? `本表填了数值的 ${given} 行未导入` : '本表未导入'}:请写上单位名称,或删去此行,作为督查办自己的表导入`,
  blankUnitLine: (given, line) =>
    `表头上方这一行是空的,单位的模板在此写填报单位,不知是哪个单位的表,${given ? `本表填了数值的 ${given} 行未导入` : '本表未导入'}:请写上单位名称(${line}),或删去此行,作为督查办自己的表导入`,
  workbookUnits: (names, given, line) =>
    `本表没有填报单位,而本文件的其他工作表${names.length ? `是${names.join('、')}的` : '写了填报单位'},不知是哪个单位的表,${given ? `本表填了数值的 ${given} 行未导入` : '本表未导入'}:请在表头上方写上填报单位(${line}),或另用一个文件`,
  afterDeadlineConflict: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline},而截至完成时限的数值各单位不一致,未采用:请先核定该数值`,
  pastDeadline: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline}:此数值只列入历次填报,不用于评定;如是截至完成时限的数值,请填日期 ${deadline}`,
  pastDeadlineRows: (date, deadline) => `日期 ${date} 晚于完成时限 ${deadline}:这些数值只列入历次填报,不用于评定;如是截至完成时限的数值,请填日期 ${deadline}`,
  lateOnly: (date, deadline) =>
    `日期 ${date} 晚于完成时限 ${deadline},且没有截至完成时限的数值:已作为逾期报送的数值导入,评定时按截至完成时限未报送;如是截至完成时限的数值,请填日期 ${deadline}`,
  lateOnlyRows: (date, deadline) =>
    `日期 ${date} 晚于完成时限 ${deadline},且没有截至完成时限的数值:已作为逾期报送的数值导入,评定时按截至完成时限未报送;如是截至完成时限的数值,请填日期 ${deadline}`,
  beforeDeadline: (date, deadline, asOf) => `日期 ${date} 早于完成时限 ${deadline},而报告日期为 ${asOf}:不是截至完成时限的数值,评定时作为本期未报;如有截至完成时限的数值,请填日期 ${deadline} 报送`,
  implausibleScale: (written, converted, goal, unit) => `“${written}”即 ${converted},与目标 ${goal} 相差过大:请以${unit}填写`,
  scaleToWrite: (written, converted, number) => `“${written}”即 ${converted}:如是,请填 ${number}`,
  fractionalCount: (id, value, classifier) => `${id} 填了 ${value},不是整数:以“${classifier}”计的指标按整数计算,已照填导入;请改填个数(完成的比例或进展写在备注)`,
  totalForEach: (id, set, note) => `${id} 要求每个${set}都达到目标,完成值应填${set}中最少的数值;备注“${note}”读来像是全部的合计:已照填导入,如是合计,请改填最少的${set}的数值`,
  bareShare: (text, noun, number) =>
    `“${text}”没有 % 号,不知是占比还是${noun}的个数:占比请连 % 号填写,如 ${number}%;个数请写成“个数/总数”,如 ${number}/总数(规划没有列出${noun}的总数,无法把个数换算成占比)`,
  signedTotal: (text, number, start, signed) =>
    `“${text}”${signed ? '带正号,像是新增的量' : '写的是新增的量'}:此列填自 ${start} 起的累计数,${signed ? '不带正负号' : '只填数字'}:如累计为 ${number},请填 ${number}`,
  periodBeforeValue: (text, period, number, header) => `“${text}”在数值前写了时期“${period}”:此格只填数值,请填 ${number};时期请写在“${header}”列`,
  monthForTotal: (id, start, note, value, asOf) =>
    `${id} 的完成值是自 ${start} 起的累计数,备注“${note}”说 ${value} 是一个月的数,不能当作累计数评估:请填截至 ${asOf} 的累计数,当月的数写在备注,如“其中当月 ${value}”`,
  pointsForPercent: (text) => `“${text}”以百分点计,但目标的变化以百分比(%)计,两者不同,不能由百分点换算:请另填以百分比计的变化幅度,只写数字,或数字连 % 号,不写“百分点”`,
  otherPlan: (plan, rows, agreeing) =>
    `此表 ${rows} 行的指标${agreeing ? `只有 ${agreeing} 行` : '没有一行'}是规划“${plan}”中该编号的指标:像是另一份规划的表,未导入`,
  metricMismatch: (id, metric, shown, described) =>
    described.length
      ? `${id} 是“${metric}”;此行的指标是 ${described.map(([other, name]) => `${other}“${name}”`).join('或')}?请核对指标编号`
      : `${id} 是“${metric}”;此行的指标是“${shown}”,规划中没有这个指标:请核对指标编号`,
  columnMismatch: (id, metric, column, header, expected, shown) =>
    column === 'unit'
      ? `${id}(${metric})的${header}是“${expected}”;此行是“${shown}”:与目标的单位不符,完成值请以“${expected}”填写,并把${header}改回“${expected}”`
      : `${id}(${metric})的${header}是“${expected}”;此行是“${shown}”:请核对指标编号`,
  notLeadUnit: (id, leads, unit, participating, row) =>
    `${id} 由${leads.join('、')}牵头,${unit}${participating ? '只是参与单位' : '不牵头也不参与'};${unit}的表所填 ${givenText(row, (note) => `备注“${note}”`)}未导入,以免记作${leads.join('、')}的数值:请${leads.join('、')}填报或确认`,
  contradictedChange: (id, value, fall, header, note, change, number) =>
    `${id} 填了 ${value}:负数表示${fall ? '不降反升' : '不增反降'},但“${header}”列说是${fall ? '下降' : '增长'}(“${note}”):如是${fall ? '下降' : '增长'} ${change},请填 ${number}`,
  noteOnly: (note) => `只有备注,没有指标编号、完成值和日期,此行略过:“${note}”`,
  sumWritten: (text, total) => `“${text}”是算式,不是一个数:请填算出的数,如 ${total}`,
  bracketedNegative: (text, number) => `“${text}”是括号写的负数(会计格式),即 -${number}:如是负数,请填 -${number};如是 ${number},请去掉括号`,
  dateWithoutYear: (text, date) => `“${text}”没有年份:请连年份填写${date ? `,如 ${date}` : '(YYYY-MM-DD)'}`,
  remarkOnly: (text) => `表格下方的说明,没有指标编号和完成值,此行略过:“${text}”`,
  cellComment: (comment, header) => `单元格的批注没有读取:“${comment}”;如需导入,请写在“${header}”列`,
  hiddenRowComment: (comment, header) => `单元格的批注没有读取:“${comment}”;此行是隐藏的行,未导入:如需导入,请在 Excel 中取消隐藏,并把批注写在“${header}”列`,
  emptyRowComment: (comment, header) => `单元格的批注没有读取:“${comment}”;此行没有内容,略过:如需导入,请写在所属指标那一行的“${header}”列`,
  hiddenUnitLine: (unit) => `填报单位这一行是隐藏的行,仍然读取,本表作为${unit}的表导入:请在 Excel 中取消隐藏,核对单位是否正确`,
  workbookUnit: (unit) => `本表没有填报单位,按本文件其他工作表的填报单位“${unit}”读取:如不是${unit}的数值,请另用一个文件`,
  filteredRows: (rows) => `${rows}是筛选或手动隐藏的行,已导入:如不要导入,请删去${/[、等]/.test(rows) ? '这些行' : '此行'}`,
  hiddenRows: (rows) => `${rows}是隐藏的行,未导入:如需导入,请在 Excel 中取消隐藏`,
  unreported: (unit, led, ids, due) =>
    `${unit}牵头的 ${led} 个指标中,${ids.length} 个没有数值:${ids.join('、')}${
      !due.length ? '(本期不报的可不理会)' : due.length === ids.length ? ',均已到完成时限,请报送' : `;其中 ${due.join('、')} 已到完成时限,请报送(其余本期不报的可不理会)`
    }`,
  negativeChange: (id, value, fall, number) => `${id} 填了 ${value}:负数表示不降反升;如是下降 ${fall},请填 ${number}`,
  mergedValue: (range, n) => `${range} 合并单元格的完成值跨越 ${n} 行填了指标编号的行,不知是哪一行的:请取消合并,每行分别填写完成值`,
  formulaNoResult: (formula) => `“${formula}”是公式,但文件中没有计算结果(由其他程序生成,或 Excel 设为手动计算):请在 Excel 中打开,按 F9 重新计算后保存,再导入`,
  formulaError: (error) => `“${error}”是公式的错误值:公式出了错误(如引用的单元格已删除、除以零):请在 Excel 中改正公式,或直接填写数值`,
  duplicateColumn: (header, cols) => `表头有${cols.length === 2 ? '两' : ` ${cols.length} `}个“${header}”列(${cols.map((c) => `${c} 列`).join('、')}),不知该读哪一个:请只保留一个(每期一张表,或删去较旧的一列)`,
  thousandsSplit: (value, n) => `逗号把数值“${value}”分成了${n === 2 ? '两' : ` ${n} `}格,其后各列因此错位:请写 ${value.replaceAll(',', '')},或加引号写 "${value}"`,
  hiddenSheet: (very) => `隐藏的工作表,未导入:如需导入,${very ? '它是“非常隐藏”的,Excel 的菜单无法取消隐藏,请向提供者要一份显示该工作表的文件' : '请在 Excel 中取消隐藏'}`,
};
