/** The words of the reading problems in English. */
import type { ReadingProblemWords } from './reading-problem-words.js';

export const words: ReadingProblemWords = {
  notANumber: (text, example) => `"${text}" is not a number: write digits, such as ${example ?? '2100 or 2.1萬'}`,
  range: (text) => `"${text}" is a range, not one number: write one value, such as 2100`,
  multiplier: (text, whole) => `"${text}": 十, 百 and 千 are not read as multipliers; write the whole number${whole ? `: ${whole}` : ', such as 2100, or use 萬 or 億, such as 2.1萬'}`,
  approximate: (text, number) => `"${text}" is an approximate figure: write one exact number, such as ${number}`,
  bound: (text) => `"${text}" is a bound, not an exact figure: write the actual number`,
  sizeOnly: (text, moved, size) => `"${text}": write only the size of the change here: for ${moved}, write ${size}`,
  againstTarget: (text, moved, size, targetFalls) =>
    `"${text}": write only the size of the change here; it goes against the target: for ${moved}, write -${size} (a negative value is ${targetFalls ? 'a rise, not a fall' : 'a fall, not a rise'})`,
  moved: (fall, amount) => `${fall ? 'down' : 'up'} ${amount}`,
  note: (text) => `"${text}" holds a note beside the number: write only the number here, and the note in the note column`,
  wrongUnit: (text, unit, typed) =>
    `"${text}" is not in the target's unit: write ${typed ? `the number alone, read in ${unit}, or with the plan's unit, as ${typed}` : `it in ${unit}`}`,
  noUnit: (text, number) => `"${text}" has a unit, but the target has no unit (it is an index, a coefficient or a ratio): write the number alone, such as ${number}`,
  pointsForLevel: (text, inPoints, signed, metric, example) =>
    `"${text}" is ${!inPoints ? 'signed, a change' : signed ? 'a change in percentage points' : 'in percentage points, which may be a change'}, and the value is the ${metric} itself: write its current value in per cent, without a sign, such as ${example}`,
  countForShare: (text) => `"${text}" is a count, not a share: write the share, such as 36.4%, or the count over the whole, such as 4/11 (in Excel, format the cell as text first, or 4/11 becomes a date)`,
  wrongScale: (value, times, goal, named, read) =>
    `${value} is ${times} times the target (${goal}): ${named ? `the value is read in ${named}` : 'check the figure'}${read ? `; for ${read.given}, write ${read.write}` : ''}`,
  tooSmall: (value, goal, named, scale, suggestion) =>
    `${value} is under a thousandth of the target (${goal}): the value is read in ${named}; ${value}${scale} (×${scale === '萬' ? '10,000' : '100 million'}) would be ${suggestion}`,
  fraction: (value, goal, suggestion) => `${value} looks like a fraction, but the target (${goal}) is in percent: write ${suggestion} or ${suggestion}%`,
  overWhole: (value, goal) => `${value}% is over 100%, more than the whole (target ${goal})`,
  fallOverWhole: (value, goal) => `a fall of ${value}% is over 100%, more than the whole (target: ${goal})`,
  change: (comparator, amount) => `${comparator === 'decreaseBy' ? 'down' : 'up'} ${amount}`,
  negative: (value) => `${value} is negative, and this measure cannot go below zero`,
  zeroReading: (metric, kind) =>
    `${metric} of 0: ${{ total: 'this total is never 0', stock: 'this is a stock the city already holds, never 0', share: 'this is a share the city already holds, never 0' }[kind]}, so it was likely not reported; enter the actual ${{ total: 'use', stock: 'figure', share: 'share' }[kind]}`,
  implausibleGrowth: (value, times, goal) => `a growth of ${value} is ${times} times the target (up ${goal}), more than doubling in a year: most likely a mistyped figure; check it`,
  invalidDate: (asOf) => `"${asOf}" is not a real date (YYYY-MM-DD)`,
  month: (asOf, date) => `"${asOf}" gives a month but no day: write the whole date, such as ${date}`,
  serial: (asOf, date) => `"${asOf}" looks like the date ${date} as Excel stores it: format the cell as a date, or write ${date}`,
  date: (asOf, date) => `"${asOf}" is not a real date (YYYY-MM-DD): write ${date}`,
  period: (asOf, date) => `"${asOf}" is a period, not a date: write its last day${date ? `, such as ${date}` : ' as YYYY-MM-DD'}`,
  beforePeriod: (asOf, start) => `${asOf} is before the start of the target's period (${start})`,
  afterToday: (asOf, today) => `${asOf} is after today (${today})`,
  afterDeadline: (asOf, deadline) => `${asOf} is after the target's deadline (${deadline}): give the value as of ${deadline}`,
  belowEarlier: (value, date, earlier) => `${value}, below the ${earlier} of ${date}: a running total cannot fall; check both figures`,
};
