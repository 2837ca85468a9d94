/**
 * `styles.xml` with each escaped percent sign of a number format (`0\%`, `0.0\%`, which Excel shows as 8% for 8)
 * written as a quoted one (`0"%"`), which Excel shows alike; `undefined` when there is none. ExcelJS drops the
 * backslash as it reads a format, so `0\%` would arrive as `0%`, a percent format, and 8 be read as 800%.
 */
export function quoteEscapedPercents(styles: string): string | undefined {
  let changed = false;
  const result = styles.replace(/(\bformatCode=)(["'])(.*?)\2/g, (_, name: string, quote: string, code: string) => {
    // Outside quoted text (&quot;…&quot; in the attribute), `\x` writes x: only `\%` is changed.
    const parts = code.split('&quot;').map((part, i) => (i % 2 === 1 ? part : part.replace(/\\([\s\S])/g, (escape, c: string) => (c === '%' ? ((changed = true), '&quot;%&quot;') : escape))));
    return `${name}${quote}${parts.join('&quot;')}${quote}`;
  });
  return changed ? result : undefined;
}
