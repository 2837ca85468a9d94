/** Collects diagnostics and says where each one is: line, column and a short quote of the input. */
import { lineEnd } from './lines.js';
import type { Diagnostic, DiagnosticCode } from './types.js';

const QUOTE_LENGTH = 40;
/**
 * How many diagnostics of one code are kept; the rest are counted in one more diagnostic of that code. A text with a
 * million problems is not a key-task list, and listing every one would cost more than reading it.
 */
export const MAX_PER_CODE = 100;

/** A diagnostic before its line, column and quote are known. */
type Unplaced = Omit<Diagnostic, 'line' | 'column' | 'quote'>;

/** Where the parts of the parser report what they find; {@link DiagnosticSink.done} places and orders it. */
export interface DiagnosticSink {
  error(code: DiagnosticCode, message: string, offset: number): void;
  warning(code: DiagnosticCode, message: string, offset: number): void;
  /** The diagnostics in document order (a stable sort, so those at one offset keep the order they were found in). */
  done(): Diagnostic[];
}

export function createDiagnosticSink(text: string): DiagnosticSink {
  const found: Unplaced[] = [];
  const perCode: Partial<Record<DiagnosticCode, number>> = {};
  /** The first diagnostic of each code past the limit; how many followed it is told by `perCode`. */
  const dropped: Unplaced[] = [];
  const add = (severity: Diagnostic['severity']) => (code: DiagnosticCode, message: string, offset: number) => {
    const count = (perCode[code] = (perCode[code] ?? 0) + 1);
    if (count <= MAX_PER_CODE) found.push({ code, severity, message, offset });
    else if (count === MAX_PER_CODE + 1) {
      // Its message is read in done(), when how many followed is known.
      dropped.push({ code, severity, get message() { return `${perCode[code]! - MAX_PER_CODE} more ${code} from here on (only the first ${MAX_PER_CODE} are listed)`; }, offset });
    }
  };
  return {
    error: add('error'),
    warning: add('warning'),
    done() {
      found.push(...dropped);
      // In document order, lines are counted in one pass: a line ends at \n, \r\n or a lone \r.
      let line = 1;
      let lineStart = 0;
      let i = 0;
      return found
        .sort((a, b) => a.offset - b.offset)
        .map((d) => {
          for (; i < d.offset; i++) {
            if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
              line++;
              lineStart = i + 1;
            }
          }
          return { ...d, line, column: d.offset - lineStart + 1, quote: quoteAt(text, d.offset, lineStart) };
        });
    },
  };
}

/** Up to 40 characters of one line from `offset`; at the end of a line, the 40 before it instead. */
function quoteAt(text: string, offset: number, lineStart: number): string {
  let end = lineEnd(text, offset, offset + QUOTE_LENGTH);
  let start = end === offset ? Math.max(lineStart, offset - QUOTE_LENGTH) : offset;
  // Never cut a surrogate pair in half: a quote is for people, and half a character is no character. (start <= end,
  // and an empty quote stays empty whichever end moves; before the line's start stands a line break or nothing.)
  const isHighSurrogate = (i: number) => /[\ud800-\udbff]/.test(text[i]!); // before the start: 'undefined', none
  if (end < text.length && isHighSurrogate(end - 1)) end--;
  if (isHighSurrogate(start - 1)) start++;
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
