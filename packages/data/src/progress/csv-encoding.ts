/**
 * Which encoding a CSV's bytes are in. Excel saves 「CSV UTF-8」 (and the template is) in UTF-8, 「Unicode 文本」 in
 * UTF-16 with a byte-order mark, and plain 「CSV」 in the system's code page: GBK on Simplified Chinese Windows, Big5
 * on Traditional. GBK and Big5 share their byte ranges, so either decodes most files of the other as other
 * characters, without an error: the header row (指標編號, 完成值…) tells which one the sheet was written in, and when
 * it reads alike in both (an English header), the Chinese text of the rows does, as ICU's charset detection (chardet)
 * tells it: how often its characters are among the language's most common ones.
 */
// chardet's multi-byte recognisers alone, not its index, which adds its single-byte n-gram tables (about 10 KiB gzip
// in the browser import) for encodings never tried here. A path inside the package: chardet is pinned to 2.2.x.
import { big5, gb_18030 } from 'chardet/lib/encoding/mbcs.js';
import type { Context } from 'chardet/lib/encoding/index.js';
import Papa from 'papaparse';
import { columnsOfHeader, HEADER_SEARCH_ROWS } from './sheet-columns.js';
import { utf16ByteOrder } from '../utf16-byte-order.js';

/**
 * The encodings a CSV without a byte-order mark is tried in after UTF-8, in order: TextDecoder's label, the name
 * people know and chardet's recogniser. GBK is read as GB18030, which contains it (Node's own `gbk` decoder refuses GB18030's four-byte
 * characters and drops some bytes it cannot read even when told to be strict; a browser's is GB18030's).
 */
const legacyEncodings = [
  ['gb18030', 'GBK', gb_18030],
  ['big5', 'Big5', big5],
] as const;

/** The encodings tried for a CSV without a byte-order mark, as named in messages: `UTF-8, GBK and Big5`. */
export const triedEncodings: readonly string[] = ['UTF-8', ...legacyEncodings.map(([, name]) => name)];

/**
 * Why the encoding of a CSV is not known: no encoding tried gives a header row (`unknownEncoding`), or more than one
 * gives the same and the text does not tell them apart (`ambiguousEncoding`, `between` naming them), or it looks like
 * UTF-16 without the byte-order mark that would say so (`utf16WithoutBom`, in the byte order `byteOrder`).
 */
export type UnknownCsvEncoding =
  | { readonly code: 'unknownEncoding' }
  | { readonly code: 'ambiguousEncoding'; readonly between: readonly string[] }
  | { readonly code: 'utf16WithoutBom'; readonly byteOrder: 'LE' | 'BE' };

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
 * that names the most known columns. When both name as many (an English header reads alike in both), the one in
 * which the text's Chinese characters are more often common ones, as chardet (ICU's detection) measures it. When
 * neither decodes them whole, the same choice is made among them read with a stray byte as U+FFFD (a sheet saved
 * in GBK and then cut or joined badly still reads, as it did before Big5 was known). `undefined` when the encoding
 * is not known: no decoding gives a header row, or both give it and the text is too little to tell which (the
 * import names either as a reason the file cannot be read).
 *
 * @example
 * ```ts
 * decodeCsv(big5Bytes)?.encoding; // 'Big5': 「指標編號」 is a header in Big5, 「夹絪腹」 is not one in GBK
 * decodeCsv(big5BytesUnderAnEnglishHeader)?.encoding; // 'Big5': 「上半年新開通基站」 rather than 「穝秨硄膀…」
 * ```
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv | undefined {
  const found = detectCsvEncoding(bytes);
  return 'encoding' in found ? found : undefined;
}

/** As {@link decodeCsv}, saying why when the encoding is not known (for `readSheets`' reason). */
export function detectCsvEncoding(bytes: Uint8Array): DecodedCsv | UnknownCsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', text: new TextDecoder('utf-16be').decode(bytes) };
  // Before UTF-8, which reads the NUL bytes of UTF-16 text in ASCII as characters; text that is not UTF-16 has none.
  const byteOrder = utf16ByteOrder(bytes);
  if (byteOrder) return { code: 'utf16WithoutBom', byteOrder };
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { encoding: 'UTF-8', text: utf8 };
  return bestByHeader(bytes, true) ?? bestByHeader(bytes, false) ?? { code: 'unknownEncoding' };
}

/**
 * The legacy decoding whose header names the most known columns; on a tie, the one chardet is more confident of
 * (ICU's measure: how many of the double-byte characters are among the encoding's most common ones);
 * `ambiguousEncoding` when it is as confident of both (a few Chinese characters: ICU gives any ten or fewer the same
 * low confidence); `undefined` if none has a header.
 */
function bestByHeader(bytes: Uint8Array, fatal: boolean): DecodedCsv | UnknownCsvEncoding | undefined {
  const decoded = legacyEncodings.map(([label, encoding, Recogniser]) => {
    const text = fatal ? decodeStrictly(bytes, label) : new TextDecoder(label).decode(bytes);
    return { encoding, Recogniser, text: text ?? '', score: text === undefined ? 0 : headerScore(text) };
  });
  const top = Math.max(...decoded.map((d) => d.score));
  if (top === 0) return undefined;
  const tied = decoded.filter((d) => d.score === top);
  if (tied.length === 1 || tied.every((d) => d.text === tied[0]!.text)) return { encoding: tied[0]!.encoding, text: tied[0]!.text };
  const confidences = tied.map((d) => confidenceOf(bytes, d.Recogniser));
  const best = Math.max(...confidences);
  const sure = tied.filter((_, i) => confidences[i] === best);
  if (sure.length > 1) return { code: 'ambiguousEncoding', between: sure.map((d) => d.encoding) };
  return { encoding: sure[0]!.encoding, text: sure[0]!.text };
}

/**
 * CSV bytes as text, as {@link decodeCsv} reads them; UTF-16 without a byte-order mark in the byte order its text
 * shows ({@link utf16ByteOrder}); when it does not know the encoding (no header row, or GBK and Big5 not told apart),
 * as GBK with what it cannot decode replaced, so that there is always text (`readSheets` refuses such a file instead,
 * saying why).
 */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decodeCsv(bytes);
  if (decoded) return decoded.text;
  const byteOrder = utf16ByteOrder(bytes);
  return new TextDecoder(byteOrder ? `utf-16${byteOrder.toLowerCase()}` : legacyEncodings[0][0]).decode(bytes);
}

/**
 * chardet's confidence (ICU's: how many of the double-byte characters are among the encoding's most common ones) that
 * `bytes` are text in a legacy encoding, by its recogniser alone.
 */
function confidenceOf(bytes: Uint8Array, Recogniser: (typeof legacyEncodings)[number][2]): number {
  // The recognisers read only the raw bytes of the context; the byte statistics are for chardet's other ones.
  const context: Context = { byteStats: [], c1Bytes: false, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
  return new Recogniser().match(context)?.confidence ?? 0;
}

/**
 * The legacy encoding (GBK or Big5) text that is not UTF-8 looks like: one it is valid in and chardet is surer of,
 * judged from its first 64 KiB; `undefined` when neither, or when chardet is as sure of both (a few characters, which
 * ICU scores alike). What `readDocument` names when it refuses a plan document that is not UTF-8.
 */
export function likelyLegacyEncoding(bytes: Uint8Array): 'GBK' | 'Big5' | undefined {
  const sample = bytes.subarray(0, 64 * 1024);
  const [gbk, big] = legacyEncodings.map(([label, , Recogniser]) => (decodeStrictly(bytes, label) === undefined ? 0 : confidenceOf(sample, Recogniser)));
  return gbk! > big! ? 'GBK' : big! > gbk! ? 'Big5' : undefined;
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
  return rows.map((cells) => columnsOfHeader(cells)).filter((names) => names.includes('target')).reduce((most, names) => Math.max(most, names.filter(Boolean).length), 0);
}
