/** Collects diagnostics and says where each one is: line, column and a short quote of the input. */
import type { Diagnostic, DiagnosticCode } from './types.js';

const QUOTE_LENGTH = 40;
/**
 * How many diagnostics of one code are kept; the rest are counted in one more diagnostic of that code. A text with a
 * million problems is not a key-task list, and listing every one would cost more than reading it.
 */
export const MAX_PER_CODE = 100;

/** The start index of every line; a line ends at `\n`, `\r\n` or a lone `\r`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

const isLineBreak = (c: number) => c === 10 || c === 13;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** A diagnostic before its line, column and quote are known. */
type Unplaced = Omit<Diagnostic, 'line' | 'column' | 'quote'>;

export class DiagnosticSink {
  private readonly found: Unplaced[] = [];
  /** The first diagnostic of each code past the limit; how many followed it is told by `perCode`. */
  private readonly dropped = new Map<DiagnosticCode, Unplaced>();
  private readonly perCode = new Map<DiagnosticCode, number>();

  constructor(private readonly text: string) {}

  error(code: DiagnosticCode, message: string, offset: number): void {
    this.add(code, 'error', message, offset);
  }

  warning(code: DiagnosticCode, message: string, offset: number): void {
    this.add(code, 'warning', message, offset);
  }

  private add(code: DiagnosticCode, severity: Diagnostic['severity'], message: string, offset: number): void {
    const d = { code, severity, message, offset };
    const count = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, count);
    if (count <= MAX_PER_CODE) this.found.push(d);
    else if (!this.dropped.has(code)) this.dropped.set(code, d);
  }

  /** The diagnostics in document order (a stable sort, so those at one offset keep the order they were found in). */
  done(): Diagnostic[] {
    const text = this.text;
    const starts = lineStarts(text);
    for (const [code, first] of this.dropped) {
      const count = this.perCode.get(code)! - MAX_PER_CODE;
      this.found.push({ ...first, message: `${count} more ${code} ${count === 1 ? 'diagnostic' : 'diagnostics'} from here on (only the first ${MAX_PER_CODE} are listed)` });
    }
    this.dropped.clear();
    return [...this.found]
      .sort((a, b) => a.offset - b.offset)
      .map((d) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= d.offset) lo = mid;
          else hi = mid - 1;
        }
        return { ...d, line: lo + 1, column: d.offset - starts[lo]! + 1, quote: quoteAt(text, d.offset, starts[lo]!) };
      });
  }
}

/** Up to 40 characters of one line from `offset`; at the end of a line, the 40 before it instead. */
function quoteAt(text: string, offset: number, lineStart: number): string {
  let end = offset;
  while (end < text.length && end - offset < QUOTE_LENGTH && !isLineBreak(text.charCodeAt(end))) end++;
  let start = offset;
  if (end === offset) start = Math.max(lineStart, offset - QUOTE_LENGTH);
  // Never cut a surrogate pair in half: a quote is for people, and half a character is no character.
  if (end > start && end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  if (start > lineStart && start < text.length && isHighSurrogate(text.charCodeAt(start - 1))) start++;
  return text.slice(start, end).trim();
}

/**
 * A diagnostic on one line, as the CLI prints it: `error 12:5 roleWordInUnitName: … «(責任單位:市甲局負責)»`.
 *
 * @example
 * ```ts
 * for (const d of parsePlanText(text).diagnostics) console.error(formatDiagnostic(d));
 * ```
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.line}:${d.column} ${d.code}: ${d.message}${d.quote ? ` «${d.quote}»` : ''}`;
}
