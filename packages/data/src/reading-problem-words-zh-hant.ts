/** The words of the reading problems in Traditional Chinese (zh-Hant), the plan's own script. */
import type { ReadingProblemWords } from './reading-problem-words.js';

export const words: ReadingProblemWords = {
  notANumber: (text, example) => `「${text}」不是數字,請用阿拉伯數字填寫,如 ${example ?? '2100 或 2.1萬'}`,
  range: (text) => `「${text}」是一個範圍,不是一個數值:請只填一個數,如 2100`,
  multiplier: (text, whole) => `「${text}」中的十、百、千不會讀作倍數:請寫出整個數,${whole ? `即 ${whole}` : '如 2100,或用萬、億,如 2.1萬'}`,
  approximate: (text, number) => `「${text}」是約數:請填一個確切的數,如 ${number}`,
  bound: (text) => `「${text}」不是確切的數:請填實際的數`,
  sizeOnly: (text, moved, size) => `「${text}」:此欄只填變化的幅度,${moved} 請填 ${size}`,
  againstTarget: (text, moved, size, targetFalls) =>
    `「${text}」:此欄只填變化的幅度;與目標的方向相反:${moved} 請填 -${size}(負數表示${targetFalls ? '不降反升' : '不增反降'})`,
  moved: (fall, amount) => `${fall ? '下降' : '增長'} ${amount}`,
  note: (text) => `「${text}」在數值旁寫了說明:此格只填數值,說明請寫在備註欄`,
  wrongUnit: (text, unit) => `「${text}」的單位與目標不符,目標單位是「${unit}」`,
  noUnit: (text, number) => `「${text}」帶有單位,但目標沒有單位(是指數、係數或比值):請只填數字,如 ${number}`,
  pointsForLevel: (text, inPoints, signed, metric, example) =>
    `「${text}」${!inPoints ? '帶正負號,是增減的幅度' : signed ? '是增減的百分點' : '以百分點計,可能是增減的百分點'},而此處填${metric}本身:請填當前的數,以 % 計,不帶正負號,如 ${example}`,
  countForShare: (text) => `「${text}」是個數,不是占比:請填占比,如 36.4%,或寫成「個數/總數」,如 4/11(在 Excel 裡先把儲存格設為文字,否則 4/11 會變成日期)`,
  wrongScale: (value, times, goal, named, read) =>
    `${value} 是目標(${goal})的 ${times} 倍,${named ? `數值應以「${named}」為單位` : '請核對數值'}${read ? `:${read.given} 即 ${read.write}` : ''}`,
  tooSmall: (value, goal, named, scale, suggestion) => `${value} 不到目標(${goal})的千分之一,數值應以「${named}」為單位:${value}${scale} 即 ${suggestion}`,
  fraction: (value, goal, suggestion) => `${value} 像是小數比例,目標(${goal})以百分比計:請填 ${suggestion} 或 ${suggestion}%`,
  overWhole: (value, goal) => `${value}% 超過 100%,比率不會超過全部(目標 ${goal})`,
  fallOverWhole: (value, goal) => `下降 ${value}% 超過 100%,減少不會多於全部(目標 ${goal})`,
  change: (comparator, amount) => `${comparator === 'decreaseBy' ? '下降' : '增長'}${amount}`,
  negative: (value) => `${value} 是負數,此指標不會小於零`,
  zeroReading: (metric, kind) =>
    `${metric}為 0:${{ total: '此總量不會為 0', stock: '這是已有的存量,不會為 0', share: '這是已有的比例,不會為 0' }[kind]},應是尚未填報,請填實際${{ total: '用量', stock: '數值', share: '比例' }[kind]}`,
  implausibleGrowth: (value, times, goal) => `增長 ${value} 是目標(增長 ${goal})的 ${times} 倍,一年增長超過一倍:多半是數字填錯,請核實`,
  invalidDate: (asOf) => `「${asOf}」不是有效日期(YYYY-MM-DD)`,
  month: (asOf, date) => `「${asOf}」只有年和月,沒有日:請填寫完整日期,如 ${date}`,
  serial: (asOf, date) => `「${asOf}」像是 Excel 儲存的日期 ${date}:請把儲存格設為日期格式,或填寫 ${date}`,
  date: (asOf, date) => `「${asOf}」不是有效日期(YYYY-MM-DD):請填 ${date}`,
  period: (asOf, date) => `「${asOf}」是一段時期,不是日期:請填該期的最後一天${date ? `,如 ${date}` : '(YYYY-MM-DD)'}`,
  beforePeriod: (asOf, start) => `日期 ${asOf} 早於目標考核期的開始(${start})`,
  afterToday: (asOf, today) => `日期 ${asOf} 晚於今天(${today})`,
  afterDeadline: (asOf, deadline) => `日期 ${asOf} 晚於目標期限(${deadline}):請填截至 ${deadline} 的數值`,
  belowEarlier: (value, date, earlier) => `${value} 少於 ${date}的 ${earlier}:累計數不會減少,請核實`,
};
