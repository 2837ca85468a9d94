/** The words of a progress sheet's problems and warnings in English. */
import { givenText, secondLabel, type SheetProblemWords } from './sheet-problem-words.js';

export const words: SheetProblemWords = {
  unreadable: (reason) => `cannot be read: ${reason}`,
  noHeader: (example) => `no header row (with columns such as "${example}")`,
  notesSheet: (rows, ids, more, table, note, value) =>
    `no header row, but ${rows} ${rows.startsWith('rows') ? 'hold' : 'holds'} the target id${ids.length > 1 ? 's' : ''} ${more ? `${ids.join(', ')} and ${more} more` : ids.length > 1 ? `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}` : ids[0]}, so this sheet is not read: move its notes into the ${note} column of ${ids.length > 1 ? "their targets' rows" : "the target's row"} in sheet ${table} (a figure into the ${value} column), then delete this sheet; if it is not to be imported, just delete this sheet`,
  missingColumn: (header) => `the header has no "${header}" column`,
  datesUnread: (header, found) => `the header has no "${header}" column, and the dates in the "${found}" column are not read: rename it "${header}"`,
  valuesUnread: (header, found, unit) =>
    `the header has no "${header}" column, and the values in the "${found}" column are not read: rename it "${header}"${unit === undefined ? '' : `; write the unit ${unit} after each value (2.1${unit}), or only the number in each target's unit`}`,
  idsUnread: (header, found) => `the header has no "${header}" column, and the target ids in the "${found}" column are not read: rename it "${header}"`,
  unknownTarget: (id) => `"${id}" is not a target id of this plan`,
  totalAsTarget: (id) => `"${id}" is not a target id: if it is a total row (合計), delete it (totals are not imported)`,
  missingTarget: (value) => `a value (${value}) but no target id: fill in the target id; if it is a total row (合計), delete it (totals are not imported)`,
  dateAsValue: (date, unit) => `"${date}" is a date, but this column takes the value reached, a number${unit ? ` of ${unit}` : ''}: the date goes in the date column`,
  serialAsValue: (serial, date, unit) => `"${serial}" is the date ${date} as Excel stores it (the row's own date), but this column takes the value reached, a number${unit ? ` of ${unit}` : ''}`,
  noteUnread: (rows, header) => `this column is not read, and ${rows} ${rows.startsWith('rows') ? 'hold' : 'holds'} text in it: if it holds notes, rename it "${header}"`,
  unreadColumn: (rows) => `${rows} ${rows.startsWith('rows') ? 'hold' : 'holds'} content in a column the import does not read: not imported`,
  noTable: () => 'no table (no header row and no target id): skipped',
  ambiguousTarget: (id, first, tenth) => `"${id}" may be ${first} or ${tenth} (Excel keeps a typed ${id}0 as the number ${id}): write the full id, ${first} or ${tenth}, or format the column as text`,
  missingValue: () => 'a date or note but no value: fill in the value; for a target not reported this period, leave its value, date and note all empty',
  placeholderValue: (text) => `"${text}" is not a number: for a target not reported this period, leave its value, date and note all empty`,
  noDate: () => 'no date: fill in this column, or give the whole import a date (--as-of YYYY-MM-DD)',
  afterAsOf: (date, asOf) => `${date} is after the date given for the whole import (${asOf}), which the report stands at: correct the date, or import at a later date`,
  fractionForPercent: (value, percent) => `${value} looks like a fraction: that is ${percent}%, write ${percent}; if it is ${value}%, write it with its % sign`,
  afterDeadline: (date, deadline) =>
    `${date} is after the target's deadline, ${deadline}, and the report holds no reading as of the deadline: date the figure as of the deadline ${deadline}`,
  afterDeadlineConflict: (date, deadline) =>
    `${date} is after the target's deadline, ${deadline}, and the reading as of the deadline is held back as a conflict: it is kept once the units agree on that figure`,
  conflict: (id, value, other, otherValue, _many, report) =>
    `a different value than ${other} (${otherValue}) for the same target and date${report === undefined ? '' : `, where the report holds ${report}`}: ${id} is ${value} here; the units are to agree on one figure`,
  typedTwice: (id, rows, count, value, other, otherValue, worksheet, report) =>
    `${id} appears ${count === 2 ? 'twice' : `${count} times`} in this ${worksheet ? 'sheet' : 'file'} (${rows}), with different values: ${value} here, ${otherValue} in row ${other}${report === undefined ? '' : `, where the report holds ${report}`}; one of the rows may be another target's, its id mistyped: check the target ids`,
  sameUnitTwice: (unit, id, value, other, otherValue, many, report) =>
    `${unit} sent ${many || report !== undefined ? 'different' : 'two'} figures for ${id} at the same date: ${value} here, ${otherValue} in ${other}${report === undefined ? '' : `, where the report holds ${report}`}; ask ${unit} which one is current`,
  emptyFile: () => 'the file is empty: nothing to import',
  unknownUnit: (name, given) => {
    const second = secondLabel(name);
    const fix = second ? `"${second.unit}" is followed by "${second.label}" in its cell: move that to another cell, leaving the unit's name alone` : "write the unit's name as the plan has it";
    return `the reporting unit, "${name}", is no unit of this plan: ${given ? `the sheet's ${given} ${given === 1 ? 'row' : 'rows'} with a value ${given === 1 ? 'is' : 'are'} not imported` : 'the sheet is not imported'}; ${fix}, or delete the line to import the sheet as the office's own`;
  },
  unnamedUnit: (given) =>
    `the reporting unit's name is empty, so whose sheet this is is not known: ${given ? `the sheet's ${given} ${given === 1 ? 'row' : 'rows'} with a value ${given === 1 ? 'is' : 'are'} not imported` : 'the sheet is not imported'}; write the unit's name, or delete the line to import the sheet as the office's own`,
  blankUnitLine: (given, line) =>
    `the line above the header is empty where a unit's template names its unit, so whose sheet this is is not known: ${given ? `the sheet's ${given} ${given === 1 ? 'row' : 'rows'} with a value ${given === 1 ? 'is' : 'are'} not imported` : 'the sheet is not imported'}; write the unit's name (${line}), or delete the line to import the sheet as the office's own`,
  workbookUnits: (names, given, line) =>
    `the sheet names no reporting unit, and the file's other sheets ${names.length ? `are ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}'s` : 'name theirs'}: whose it is is not known, so ${given ? `the sheet's ${given} ${given === 1 ? 'row' : 'rows'} with a value ${given === 1 ? 'is' : 'are'} not imported` : 'the sheet is not imported'}; write its unit above the header (${line}), or send it in a file of its own`,
  pastDeadline: (date, deadline) =>
    `${date} is after the target's deadline, ${deadline}: the figure is kept in the history only and judges nothing; if it is the figure as of the deadline, date it ${deadline}`,
  pastDeadlineRows: (date, deadline) =>
    `${date} is after their targets' deadline, ${deadline}: the figures are kept in the history only and judge nothing; if they are figures as of the deadline, date them ${deadline}`,
  lateOnly: (date, deadline) =>
    `${date} is after the target's deadline, ${deadline}, and there is no figure as of the deadline: it is imported as reported late, and the target is judged not reported by its deadline; if it is the figure as of the deadline, date it ${deadline}`,
  lateOnlyRows: (date, deadline) =>
    `${date} is after their targets' deadline, ${deadline}, and there are no figures as of the deadline: they are imported as reported late, and the targets are judged not reported by their deadline; if they are figures as of the deadline, date them ${deadline}`,
  beforeDeadline: (date, deadline, asOf) =>
    `dated ${date}, before their targets' deadline, ${deadline}, in a report dated ${asOf}: not the figures as of the deadline; the targets are judged not reported this period until figures dated ${deadline} are given`,
  implausibleScale: (written, converted, goal, unit, number) =>
    `"${written}" is ${number} ${unit} (${converted}), too far from the target, ${goal}: write the figure in the target's unit, ${unit}`,
  scaleToWrite: (written, converted, number, unit) => `"${written}" is ${number} ${unit} (${converted}): if so, write ${number}, the figure in the target's unit, ${unit}`,
  fractionalCount: (id, value, _classifier, noun) => `${id} reads ${value}, not a whole number, but ${noun} are counted whole: kept as written; write how many there are (a share or a part done goes in the note)`,
  totalForEach: (id, set, note) =>
    `${id} asks that each ${set} reach the target, so the value is the lowest of any of them; the note "${note}" reads as a total of all of them: kept as written; if it is the total, write the lowest ${set}'s figure`,
  bareShare: (text, noun, number) =>
    `"${text}" has no % sign: it may be the share or a count of ${noun}. Write the share with its % sign, such as ${number}%, or the count over the whole, such as ${number}/total (the plan does not give the number of ${noun}, so a count alone cannot be turned into a share)`,
  signedTotal: (text, number, start, signed) =>
    `"${text}" ${signed ? 'has a plus sign, as an increase would' : 'is written as an increase'}: write the running total since ${start}, ${signed ? 'without a sign' : 'the number alone'}: if the total is ${number}, write ${number}`,
  periodBeforeValue: (text, period, number, header) => `"${text}" has the period ${period} before the value: write ${number} alone in this cell, and the period in the ${header} column`,
  monthForTotal: (id, start, note, value, asOf) =>
    `${id} is a running total since ${start}, but the note "${note}" says ${value} is one month's figure, which cannot be judged as the total: write the total up to ${asOf}, and the month's figure in the note, such as "of which this month: ${value}"`,
  pointsForPercent: (text) => `"${text}" is in percentage points, but the target's change is in per cent (%), which differs and cannot be converted from points: write the change in per cent instead, a number alone or a number with its % sign, without "percentage points"`,
  otherPlan: (plan, rows, agreeing) =>
    `the metrics of ${agreeing ? `only ${agreeing}` : 'none'} of this sheet's ${rows} rows are those of their ids' targets in plan "${plan}": it looks like another plan's sheet, not imported`,
  metricMismatch: (id, metric, shown, described) =>
    described.length
      ? `${id} is "${metric}"; this row's metric is ${described.map(([other, name]) => `${other}'s, "${name}"`).join(' or ')}? Check the target id`
      : `${id} is "${metric}"; this row's metric is "${shown}", which is no target's of the plan: check the target id`,
  columnMismatch: (id, metric, column, header, expected, shown) =>
    column === 'unit'
      ? `${id} (${metric}) is counted in ${expected}; this row says "${shown}" (${header}), not the target's unit: write the value in ${expected}, and change ${header} back to ${expected}`
      : `${id} (${metric}) is led by ${expected}; this row says "${shown}" (${header}): check the target id`,
  notLeadUnit: (id, leads, unit, participating, row) => {
    const lead = leads.length > 1 ? `${leads.slice(0, -1).join(', ')} and ${leads.at(-1)}` : leads[0]!;
    return `${id} is led by ${lead}; ${unit}, whose sheet this is, ${participating ? 'only takes part in its task' : 'neither leads nor takes part in its task'}: its figure, ${givenText(row, (note) => `note "${note}"`, true)}, is not imported, lest it count as ${lead}'s; ask the lead unit${leads.length > 1 ? 's' : ''} to report or confirm it`;
  },
  contradictedChange: (id, value, fall, header, note, change, number) =>
    `${id} reads ${value}, a ${fall ? 'rise' : 'fall'}, but the note (${header}) says it ${fall ? 'fell' : 'rose'} ("${note}"): if it ${fall ? 'fell' : 'rose'} by ${change}, write ${number}`,
  noteOnly: (note) => `a note alone, with no target id, value or date: the row is skipped ("${note}")`,
  sumWritten: (text, total) => `"${text}" is a sum, not a number: write the figure it adds up to, such as ${total}`,
  bracketedNegative: (text, number) => `"${text}" is a negative in brackets (an accounting format), that is -${number}: if it is negative, write -${number}; if it is ${number}, drop the brackets`,
  dateWithoutYear: (text, date) => `"${text}" has no year: write the date with its year${date ? `, such as ${date}` : ' (YYYY-MM-DD)'}`,
  remarkOnly: (text) => `a remark under the table, with no target id or value: the row is skipped ("${text}")`,
  cellComment: (comment, header) => `the cell's comment is not read ("${comment}"): to import it, write it in the note column (${header})`,
  hiddenRowComment: (comment, header) =>
    `the cell's comment is not read ("${comment}"), and the row is hidden in Excel, skipped: to import it, unhide the row and write the comment in the note column (${header})`,
  emptyRowComment: (comment, header) => `the cell's comment is not read ("${comment}"), and the row is empty, skipped: to import it, write it in the note column (${header}) of its target's row`,
  hiddenUnitLine: (unit) => `the line naming the sheet's unit is hidden in Excel: read all the same, so the sheet is imported as ${unit}'s; unhide the row to check it names the right unit`,
  workbookUnit: (unit) => `the sheet names no reporting unit, so it is read as ${unit}'s, as the other sheets of the file name it: if its figures are not ${unit}'s, send them in a file of their own`,
  filteredRows: (rows) => {
    const one = !rows.startsWith('rows');
    return `${rows} ${one ? 'is' : 'are'} hidden, by the filter or by hand, and ${one ? 'is' : 'are'} imported: delete ${one ? 'it' : 'them'} if ${one ? 'it is' : 'they are'} not to be`;
  },
  hiddenRows: (rows) => {
    const one = !rows.startsWith('rows');
    return `${rows} ${one ? 'is' : 'are'} hidden in Excel, skipped: unhide ${one ? 'it' : 'them'} if ${one ? 'it is' : 'they are'} to be imported`;
  },
  unreported: (unit, led, ids, due) => {
    const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]);
    const after = !due.length
      ? ' (fine for those not reported this period)'
      : due.length === ids.length
        ? `, all past their deadline: to be reported`
        : `; ${list(due)} ${due.length === 1 ? 'is' : 'are'} past ${due.length === 1 ? 'its' : 'their'} deadline: to be reported (fine for the others if not reported this period)`;
    return `of the ${led} targets ${unit} leads, ${ids.length} ${ids.length === 1 ? 'has' : 'have'} no value: ${list(ids)}${after}`;
  },
  negativeChange: (id, value, fall, number) => `${id} reads ${value}: a negative value is a rise, not a fall; if it fell by ${fall}, write ${number}`,
  mergedValue: (range, n) => `${range} is one merged value over ${n} rows with a target id, so the import cannot tell which row it belongs to: unmerge it and fill in each row's value`,
  formulaNoResult: (formula) =>
    `"${formula}" is a formula with no computed result in the file (written by another program, or saved with manual calculation): open it in Excel, recalculate (F9), save it and import it again`,
  formulaError: (error) => `"${error}" is a formula's error value: the formula has an error (a cell it refers to deleted, a division by zero): correct the formula in Excel, or type the value`,
  duplicateColumn: (header, cols) =>
    `the header has ${cols.length === 2 ? 'two' : cols.length} "${header}" columns (${cols.slice(0, -1).join(', ')} and ${cols.at(-1)}), so the import cannot tell which to read: keep only one (one sheet per period, or delete the older column)`,
  thousandsSplit: (value, n) =>
    `the comma in "${value}" split the value over ${n === 2 ? 'two' : n === 3 ? 'three' : n} cells, so the cells after it do not line up with the header: write ${value.replaceAll(',', '')}, or quote it "${value}"`,
  hiddenSheet: (very) => `a hidden sheet, skipped: ${very ? "it is very hidden, which Excel's menus cannot unhide: ask the sender for a copy with the sheet shown" : 'unhide it in Excel'} if its rows are to be imported`,
};
