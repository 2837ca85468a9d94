/**
 * The figure in a ring's centre, which only `<dz-target-gauge>` draws: beside the words every gauge shares
 * (`shared/gauge/format.ts`), which the card, the unit summary and the overview load too, so they do not load it.
 */
import { onLine, targetLines, unitScale, type Language, type Target } from '@dz-tasks/data';

/** Compact number formats by language and significant digits, each made once: a page of gauges writes many figures. */
const figureFormats: Record<string, Intl.NumberFormat> = {};

/**
 * An amount as a figure short enough for a ring's centre, its unit left to the words beside it: the language's own
 * large-number words, to four significant digits (`693.5萬`, `693.5万`, `6.935M` for 693.5萬千瓦; `2.6` for
 * 2.6標臺), a percentage with its sign (`14.99%`, `6.67%` of counties). More digits where four would write a value
 * the target turns on that the amount is not on (`89.9996%` of 90% held, not `90%`).
 */
export function formatFigure(target: Target, value: number, lang: Language): string {
  const percent = target.unit === '%' || target.fraction !== undefined;
  const scale = percent ? 1 : unitScale(target.unit);
  const lines = targetLines(target).filter((l) => !onLine(value, l));
  for (let digits = 4; ; digits++) {
    const format = (figureFormats[lang + digits] ??= new Intl.NumberFormat(lang, { notation: 'compact', maximumSignificantDigits: digits }));
    const figure = format.format(value * scale);
    if (digits === 21 || !lines.some((l) => format.format(l * scale) === figure)) return figure + (percent ? '%' : '');
  }
}
