/** The usage lines of `dz-plan progress`, apart from the command so `dz-plan --help` does not load the sheet readers. */

/** Usage of the progress subcommands, printed by `dz-plan --help`. */
export const PROGRESS_USAGE = `  dz-plan progress template [-o sheet.csv|sheet.xlsx] [--unit U] [--section N] [--lang zh-Hant|zh-Hans|en] [--plan plan.json] [--max-bytes N]
                                a sheet to fill in: one row per target (of the plan, or of the tasks a unit leads, or a section)
  dz-plan progress import FILE... [-o report.json] [--into report.json] [--as-of YYYY-MM-DD] [--partial] [--lang L] [--plan plan.json]
                                [--max-bytes N]
                                filled sheets (.xlsx; CSV in UTF-8, UTF-16, GBK or Big5) merged into one report; --into appends
                                a period to a report; nothing is written on a problem unless --partial (the rejected rows are
                                listed); --as-of dates the rows without a date and the report (a row dated after it is a problem,
                                as is a reading of the --into report dated after it or after today, which --partial never drops)
  dz-plan progress diff old.json new.json [--lang L] [--plan plan.json] [--max-bytes N]
                                the targets whose latest value changed, and which changed status; a reading it cannot judge
                                (dated after today, a rate over 100%…) is named on stderr and the exit code is 1`;
