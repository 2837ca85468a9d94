/** The words of a progress sheet's problems and warnings in Traditional Chinese (zh-Hant), the plan's own script. */
import { givenText, secondLabel, type SheetProblemWords } from './sheet-problem-words.js';

export const words: SheetProblemWords = {
  unreadable: (reason) => `無法讀取:${reason}`,
  noHeader: (example) => `找不到表頭行(應有「${example}」等欄)`,
  notesSheet: (rows, ids, more, table, note, value) =>
    `沒有表頭行,但${rows}有指標編號 ${ids.join('、')}${more ? ` 等 ${ids.length + more} 個` : ''},此工作表沒有讀取:其中的備註請移到工作表「${table}」該指標那一行的「${note}」欄(數值填在「${value}」欄),再刪去此工作表;不需匯入的,刪去此工作表即可`,
  missingColumn: (header) => `表頭缺少「${header}」欄`,
  datesUnread: (header, found) => `表頭缺少「${header}」欄,而「${found}」欄填的是日期,沒有讀取:請把表頭改為「${header}」`,
  valuesUnread: (header, found, unit) =>
    `表頭缺少「${header}」欄,而「${found}」欄填的是數值,沒有讀取:請把表頭改為「${header}」${unit === undefined ? '' : `;單位「${unit}」請寫在各格的數值後面(如 2.1${unit}),或按各指標的計量單位只填數字`}`,
  idsUnread: (header, found) => `表頭缺少「${header}」欄,而「${found}」欄填的是指標編號,沒有讀取:請把表頭改為「${header}」`,
  unknownTarget: (id) => `「${id}」不是本規劃的指標編號`,
  totalAsTarget: (id) => `「${id}」不是指標編號:如是合計行,請刪去(合計不匯入)`,
  missingTarget: (value) => `填了完成值(${value}),但沒有指標編號:請填寫指標編號;如是合計行,請刪去(合計不匯入)`,
  dateAsValue: (date, unit) => `「${date}」是日期,但這一欄應填完成值,${unit ? `即以「${unit}」計的數字` : '只填數字'}:日期請填在「截至日期」欄`,
  serialAsValue: (serial, date, unit) => `「${serial}」是 Excel 儲存的日期 ${date}(本行的截至日期),但這一欄應填完成值,${unit ? `即以「${unit}」計的數字` : '只填數字'}`,
  noteUnread: (rows, header) => `此欄不是匯入讀取的欄,${rows}填的內容沒有讀取:如是備註,請把表頭改為「${header}」`,
  unreadColumn: (rows) => `此欄不是匯入讀取的欄,${rows}填的內容未匯入`,
  noTable: () => '沒有表格(沒有表頭行,也沒有指標編號),略過',
  ambiguousTarget: (id, first, tenth) => `「${id}」可能是 ${first},也可能是 ${tenth}(Excel 會把輸入的 ${id}0 存成數字 ${id}):請寫完整編號 ${first} 或 ${tenth},或把該欄設為文字`,
  missingValue: () => '填了日期或備註,但沒有完成值:請填寫完成值;本期不報的指標,請把完成值、截至日期和備註都留空',
  placeholderValue: (text) => `「${text}」不是數字:本期不報的指標,請把完成值、截至日期和備註都留空`,
  noDate: () => '沒有截至日期:請填寫本欄,或在匯入時指定整份的日期(--as-of YYYY-MM-DD)',
  afterAsOf: (date, asOf) => `日期 ${date} 晚於匯入指定的報告日期(${asOf}):請改正日期,或以較晚的日期匯入`,
  fractionForPercent: (value, percent) => `${value} 像是小數比例:即 ${percent}%,請填 ${percent};如確是 ${value}%,請連 % 號填寫`,
  afterDeadline: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline},且沒有截至完成時限的數值:截至完成時限的數值請填日期 ${deadline}`,
  conflict: (id, value, other, otherValue, many, report) =>
    `${id} 同一日期有${many || report !== undefined ? '不同的' : '兩個'}數值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,報告原有 ${report}`}:請${many || report !== undefined ? '各' : '兩'}單位核定一個數`,
  typedTwice: (id, rows, count, value, other, otherValue, _worksheet, report) =>
    `${id} 在本表出現了${count === 2 ? '兩' : ` ${count} `}次(${rows}),數值不同:本行 ${value},第 ${other} 行 ${otherValue}${report === undefined ? '' : `,報告原有 ${report}`}:其中一行可能是另一個指標,填錯了編號:請核對指標編號`,
  sameUnitTwice: (unit, id, value, other, otherValue, many, report) =>
    `${unit}對 ${id} 同一日期報了${many || report !== undefined ? '不同的' : '兩個'}數值:本行 ${value},${other} ${otherValue}${report === undefined ? '' : `,報告原有 ${report}`}:請向${unit}確認以哪個為準`,
  emptyFile: () => '檔案是空的,沒有可匯入的內容',
  unknownUnit: (name, given) => {
    const second = secondLabel(name);
    const fix = second ? `單位名稱「${second.unit}」後還寫了「${second.label}」:請把它移到另一格,此格只寫單位名稱` : '請改為規劃中的單位名稱';
    return `填報單位「${name}」不是本規劃的單位,${given ? `本表填了數值的 ${given} 行未匯入` : '本表未匯入'}:${fix},或刪去此行,作為督查辦自己的表匯入`;
  },
  unnamedUnit: (given) =>
    `填報單位沒有寫單位名稱,不知是哪個單位的表,${given ? `本表填了數值的 ${given} 行未匯入` : '本表未匯入'}:請寫上單位名稱,或刪去此行,作為督查辦自己的表匯入`,
  blankUnitLine: (given, line) =>
    `表頭上方這一行是空的,單位的範本在此寫填報單位,不知是哪個單位的表,${given ? `本表填了數值的 ${given} 行未匯入` : '本表未匯入'}:請寫上單位名稱(${line}),或刪去此行,作為督查辦自己的表匯入`,
  workbookUnits: (names, given, line) =>
    `本表沒有填報單位,而本檔案的其他工作表${names.length ? `是${names.join('、')}的` : '寫了填報單位'},不知是哪個單位的表,${given ? `本表填了數值的 ${given} 行未匯入` : '本表未匯入'}:請在表頭上方寫上填報單位(${line}),或另用一個檔案`,
  afterDeadlineConflict: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline},而截至完成時限的數值各單位不一致,未採用:請先核定該數值`,
  pastDeadline: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline}:此數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請填日期 ${deadline}`,
  pastDeadlineRows: (date, deadline) => `日期 ${date} 晚於完成時限 ${deadline}:這些數值只列入歷次填報,不用於評定;如是截至完成時限的數值,請填日期 ${deadline}`,
  lateOnly: (date, deadline) =>
    `日期 ${date} 晚於完成時限 ${deadline},且沒有截至完成時限的數值:已作為逾期報送的數值匯入,評定時按截至完成時限未報送;如是截至完成時限的數值,請填日期 ${deadline}`,
  lateOnlyRows: (date, deadline) =>
    `日期 ${date} 晚於完成時限 ${deadline},且沒有截至完成時限的數值:已作為逾期報送的數值匯入,評定時按截至完成時限未報送;如是截至完成時限的數值,請填日期 ${deadline}`,
  beforeDeadline: (date, deadline, asOf) => `日期 ${date} 早於完成時限 ${deadline},而報告日期為 ${asOf}:不是截至完成時限的數值,評定時作為本期未報;如有截至完成時限的數值,請填日期 ${deadline} 報送`,
  implausibleScale: (written, converted, goal, unit) => `「${written}」即 ${converted},與目標 ${goal} 相差過大:請以${unit}填寫`,
  scaleToWrite: (written, converted, number) => `「${written}」即 ${converted}:如是,請填 ${number}`,
  fractionalCount: (id, value, classifier) => `${id} 填了 ${value},不是整數:以「${classifier}」計的指標按整數計算,已照填匯入;請改填個數(完成的比例或進展寫在備註)`,
  totalForEach: (id, set, note) => `${id} 要求每個${set}都達到目標,完成值應填${set}中最少的數值;備註「${note}」讀來像是全部的合計:已照填匯入,如是合計,請改填最少的${set}的數值`,
  bareShare: (text, noun, number) =>
    `「${text}」沒有 % 號,不知是占比還是${noun}的個數:占比請連 % 號填寫,如 ${number}%;個數請寫成「個數/總數」,如 ${number}/總數(規劃沒有列出${noun}的總數,無法把個數換算成占比)`,
  signedTotal: (text, number, start, signed) =>
    `「${text}」${signed ? '帶正號,像是新增的量' : '寫的是新增的量'}:此欄填自 ${start} 起的累計數,${signed ? '不帶正負號' : '只填數字'}:如累計為 ${number},請填 ${number}`,
  periodBeforeValue: (text, period, number, header) => `「${text}」在數值前寫了時期「${period}」:此格只填數值,請填 ${number};時期請寫在「${header}」欄`,
  monthForTotal: (id, start, note, value, asOf) =>
    `${id} 的完成值是自 ${start} 起的累計數,備註「${note}」說 ${value} 是一個月的數,不能當作累計數評估:請填截至 ${asOf} 的累計數,當月的數寫在備註,如「其中當月 ${value}」`,
  pointsForPercent: (text) => `「${text}」以百分點計,但目標的變化以百分比(%)計,兩者不同,不能由百分點換算:請另填以百分比計的變化幅度,只寫數字,或數字連 % 號,不寫「百分點」`,
  otherPlan: (plan, rows, agreeing) =>
    `此表 ${rows} 行的指標${agreeing ? `只有 ${agreeing} 行` : '沒有一行'}是規劃「${plan}」中該編號的指標:像是另一份規劃的表,未匯入`,
  metricMismatch: (id, metric, shown, described) =>
    described.length
      ? `${id} 是「${metric}」;此行的指標是 ${described.map(([other, name]) => `${other}「${name}」`).join('或')}?請核對指標編號`
      : `${id} 是「${metric}」;此行的指標是「${shown}」,規劃中沒有這個指標:請核對指標編號`,
  columnMismatch: (id, metric, column, header, expected, shown) =>
    column === 'unit'
      ? `${id}(${metric})的${header}是「${expected}」;此行是「${shown}」:與目標的單位不符,完成值請以「${expected}」填寫,並把${header}改回「${expected}」`
      : `${id}(${metric})的${header}是「${expected}」;此行是「${shown}」:請核對指標編號`,
  notLeadUnit: (id, leads, unit, participating, row) =>
    `${id} 由${leads.join('、')}牽頭,${unit}${participating ? '只是參與單位' : '不牽頭也不參與'};${unit}的表所填 ${givenText(row, (note) => `備註「${note}」`)}未匯入,以免記作${leads.join('、')}的數值:請${leads.join('、')}填報或確認`,
  contradictedChange: (id, value, fall, header, note, change, number) =>
    `${id} 填了 ${value}:負數表示${fall ? '不降反升' : '不增反降'},但「${header}」欄說是${fall ? '下降' : '增長'}(「${note}」):如是${fall ? '下降' : '增長'} ${change},請填 ${number}`,
  noteOnly: (note) => `只有備註,沒有指標編號、完成值和日期,此行略過:「${note}」`,
  sumWritten: (text, total) => `「${text}」是算式,不是一個數:請填算出的數,如 ${total}`,
  bracketedNegative: (text, number) => `「${text}」是括號寫的負數(會計格式),即 -${number}:如是負數,請填 -${number};如是 ${number},請去掉括號`,
  dateWithoutYear: (text, date) => `「${text}」沒有年份:請連年份填寫${date ? `,如 ${date}` : '(YYYY-MM-DD)'}`,
  remarkOnly: (text) => `表格下方的說明,沒有指標編號和完成值,此行略過:「${text}」`,
  cellComment: (comment, header) => `儲存格的批註沒有讀取:「${comment}」;如需匯入,請寫在「${header}」欄`,
  hiddenRowComment: (comment, header) => `儲存格的批註沒有讀取:「${comment}」;此行是隱藏的行,未匯入:如需匯入,請在 Excel 中取消隱藏,並把批註寫在「${header}」欄`,
  emptyRowComment: (comment, header) => `儲存格的批註沒有讀取:「${comment}」;此行沒有內容,略過:如需匯入,請寫在所屬指標那一行的「${header}」欄`,
  hiddenUnitLine: (unit) => `填報單位這一行是隱藏的行,仍然讀取,本表作為${unit}的表匯入:請在 Excel 中取消隱藏,核對單位是否正確`,
  workbookUnit: (unit) => `本表沒有填報單位,按本檔案其他工作表的填報單位「${unit}」讀取:如不是${unit}的數值,請另用一個檔案`,
  filteredRows: (rows) => `${rows}是篩選或手動隱藏的行,已匯入:如不要匯入,請刪去${/[、等]/.test(rows) ? '這些行' : '此行'}`,
  hiddenRows: (rows) => `${rows}是隱藏的行,未匯入:如需匯入,請在 Excel 中取消隱藏`,
  unreported: (unit, led, ids, due) =>
    `${unit}牽頭的 ${led} 個指標中,${ids.length} 個沒有數值:${ids.join('、')}${
      !due.length ? '(本期不報的可不理會)' : due.length === ids.length ? ',均已到完成時限,請報送' : `;其中 ${due.join('、')} 已到完成時限,請報送(其餘本期不報的可不理會)`
    }`,
  negativeChange: (id, value, fall, number) => `${id} 填了 ${value}:負數表示不降反升;如是下降 ${fall},請填 ${number}`,
  mergedValue: (range, n) => `${range} 合併儲存格的完成值跨越 ${n} 行填了指標編號的行,不知是哪一行的:請取消合併,每行分別填寫完成值`,
  formulaNoResult: (formula) => `「${formula}」是公式,但檔案中沒有計算結果(由其他程式產生,或 Excel 設為手動計算):請在 Excel 中開啟,按 F9 重新計算後儲存,再匯入`,
  formulaError: (error) => `「${error}」是公式的錯誤值:公式出了錯誤(如引用的儲存格已刪除、除以零):請在 Excel 中改正公式,或直接填寫數值`,
  duplicateColumn: (header, cols) => `表頭有${cols.length === 2 ? '兩' : ` ${cols.length} `}個「${header}」欄(${cols.map((c) => `${c} 欄`).join('、')}),不知該讀哪一個:請只保留一個(每期一張表,或刪去較舊的一欄)`,
  thousandsSplit: (value, n) => `逗號把數值「${value}」分成了${n === 2 ? '兩' : ` ${n} `}格,其後各欄因此錯位:請寫 ${value.replaceAll(',', '')},或加引號寫 "${value}"`,
  hiddenSheet: (very) => `隱藏的工作表,未匯入:如需匯入,${very ? '它是「非常隱藏」的,Excel 的選單無法取消隱藏,請向提供者要一份顯示該工作表的檔案' : '請在 Excel 中取消隱藏'}`,
};
