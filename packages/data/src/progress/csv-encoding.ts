/**
 * Which encoding a CSV's bytes are in. Excel saves 「CSV UTF-8」 (and the template is) in UTF-8, 「Unicode 文本」 in
 * UTF-16 with a byte-order mark, and plain 「CSV」 in the system's code page: GBK on Simplified Chinese Windows, Big5
 * on Traditional. GBK and Big5 share their byte ranges, so either decodes most files of the other as other
 * characters, without an error: the header row (指標編號, 完成值…) tells which one the sheet was written in.
 */
import Papa from 'papaparse';
import { columnsOfHeader, HEADER_SEARCH_ROWS } from './sheet-columns.js';

/**
 * The encodings a CSV without a byte-order mark is tried in after UTF-8, in order: TextDecoder's label and the name
 * people know. GBK is read as GB18030, which contains it (Node's own `gbk` decoder refuses GB18030's four-byte
 * characters and drops some bytes it cannot read even when told to be strict; a browser's is GB18030's).
 */
const legacyEncodings = [
  ['gb18030', 'GBK'],
  ['big5', 'Big5'],
] as const;

/** The encodings tried for a CSV without a byte-order mark, as named in messages: `UTF-8, GBK and Big5`. */
export const triedEncodings: readonly string[] = ['UTF-8', ...legacyEncodings.map(([, name]) => name)];

/** CSV text and the encoding it was read in. */
export interface DecodedCsv {
  /** The encoding's name: `UTF-8`, `UTF-16LE`, `GBK`, `Big5`. */
  readonly encoding: string;
  /** The text. */
  readonly text: string;
}

/**
 * CSV bytes as text: UTF-16 after its byte-order mark; UTF-8 when they are valid UTF-8 (a BOM is dropped), whether
 * or not they have a header; else whichever of GBK and Big5 decodes them without an error and gives the header row
 * that names the most known columns (GBK when both name as many: an English header reads alike in both). When
 * neither decodes them whole, the same choice is made among them read with a stray byte as U+FFFD (a sheet saved
 * in GBK and then cut or joined badly still reads, as it did before Big5 was known); `undefined` when no decoding
 * gives a header row, so the encoding is not known.
 *
 * @example
 * ```ts
 * decodeCsv(big5Bytes)?.encoding; // 'Big5': 「指標編號」 is a header in Big5, 「夹絪腹」 is not one in GBK
 * ```
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', text: new TextDecoder('utf-16be').decode(bytes) };
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { encoding: 'UTF-8', text: utf8 };
  return bestByHeader(bytes, true) ?? bestByHeader(bytes, false);
}

/** The legacy decoding whose header names the most known columns (the first on a tie), or `undefined` if none has one. */
function bestByHeader(bytes: Uint8Array, fatal: boolean): DecodedCsv | undefined {
  let best: (DecodedCsv & { readonly score: number }) | undefined;
  for (const [label, encoding] of legacyEncodings) {
    const text = fatal ? decodeStrictly(bytes, label) : new TextDecoder(label).decode(bytes);
    const score = text === undefined ? 0 : headerScore(text);
    if (score > (best?.score ?? 0)) best = { encoding, text: text!, score };
  }
  return best && { encoding: best.encoding, text: best.text };
}

/**
 * CSV bytes as text, as {@link decodeCsv} reads them; when no encoding gives a header row, as GBK with what it cannot
 * decode replaced, so that there is always text (`readSheets` refuses such a file instead, naming what it tried).
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeCsv(bytes)?.text ?? new TextDecoder(legacyEncodings[0][0]).decode(bytes);
}

/** The bytes in the encoding, or `undefined` where they are not valid in it. */
function decodeStrictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * How many known columns the header row among the text's first rows names (0 when no row names the target id,
 * as the import finds a header).
 */
function headerScore(text: string): number {
  const rows = Papa.parse<string[]>(text, { preview: HEADER_SEARCH_ROWS * 2, skipEmptyLines: 'greedy' }).data.slice(0, HEADER_SEARCH_ROWS);
  return Math.max(0, ...rows.map((cells) => columnsOfHeader(cells)).filter((names) => names.includes('target')).map((names) => names.filter(Boolean).length));
}
