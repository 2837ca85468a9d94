/** A document's text from a file: UTF-8 text (a BOM dropped), or a Word .docx's text by mammoth; never more than a limit. */
import { open } from 'node:fs/promises';
import { ArchiveTooLargeError, checkUnpackedSize, UNPACK_RATIO } from '../unpacked-size.js';

/** The most bytes {@link readDocument} reads unless told otherwise (20 MiB; the Dezhou seed is 40 KB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Something {@link readDocument} could not write into a .docx's text, for the caller to say: a paragraph numbered by
 * Word's automatic numbering in a format that is not written (`hebrew1`, `ordinal`; see `docx-number-formats.ts`),
 * read without its number.
 */
export interface DocumentNote {
  readonly code: 'numberingNotWritten';
  /** The paragraph's text, without its number. */
  readonly paragraph: string;
  /** Its level's `w:numFmt`. */
  readonly format: string;
}

/** Options of {@link readDocument}. */
export interface ReadDocumentOptions {
  /**
   * The most bytes to read, and for a .docx the most characters of text it may hold (it may unpack to
   * {@link UNPACK_RATIO} times as many bytes); default {@link DEFAULT_MAX_BYTES}.
   */
  readonly maxBytes?: number;
  /** Called with each {@link DocumentNote} of a .docx, in document order; a caller without it is told nothing. */
  readonly onNote?: (note: DocumentNote) => void;
}

/** Thrown by {@link readDocument} for a file over the limit, so that a caller can say how to raise it. */
export class DocumentTooLargeError extends Error {
  /** `file` and `limit` (in bytes) when the file's bytes are over the limit, for a message in another language. */
  constructor(
    message: string,
    readonly file?: string,
    readonly limit?: number,
  ) {
    super(message);
  }
}

const en = (n: number) => n.toLocaleString('en');

/**
 * The file's bytes, read in chunks until its end or until more than `maxBytes` have come: an endless file such as
 * `/dev/zero` (whose size `stat` does not tell) costs at most `maxBytes`, never all memory.
 *
 * @throws DocumentTooLargeError naming the file and the limit when it holds more.
 */
export async function readAtMost(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new DocumentTooLargeError(`${file} is larger than ${en(maxBytes)} bytes, the input limit`, file, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * The text of a `.txt` (UTF-8) or `.docx` file. A .docx gives its paragraphs one per line, as pasting it into a text
 * file would: a paragraph numbered by Word's automatic numbering with its number as Word shows it (`一、` `1.`
 * `（1）`; one in a format not written is told to `onNote`), a table's row as one line of cells separated by tabs. At most `maxBytes` (20 MiB by default) are read: a larger or endless file is refused, as is a .docx
 * that unpacks to more than ten times that (a ZIP bomb is stopped as it unpacks) or whose text is longer than that. A text file must be UTF-8 without NUL bytes: binary files, and text in another
 * encoding (GBK, Big5, Latin-1), are refused rather than read as mojibake.
 *
 * @example
 * ```ts
 * const text = await readDocument('jinan-2024.docx');
 * const big = await readDocument('all-tasks.txt', { maxBytes: 100 * 1024 * 1024 });
 * ```
 * @throws Error naming the file when it cannot be read, or is neither UTF-8 text nor a .docx;
 * {@link DocumentTooLargeError} when it is over the limit.
 */
export async function readDocument(file: string, { maxBytes = DEFAULT_MAX_BYTES, onNote }: ReadDocumentOptions = {}): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readAtMost(file, maxBytes);
  } catch (error) {
    if (error instanceof DocumentTooLargeError) throw error;
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (/\.docx$/i.test(file)) {
    const value = await docxText(file, bytes, maxBytes, onNote);
    if (value.length > maxBytes) throw new DocumentTooLargeError(`${file} holds more than ${en(maxBytes)} characters of text, the input limit`);
    return value.replace(/\n{2,}/g, '\n');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`${file} is binary, not text (a NUL byte at byte ${en(nul)}); give a UTF-8 .txt or a .docx`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error(`${file} is not UTF-8 text (save it as UTF-8, or give the .docx)`);
  }
}

/**
 * A .docx's raw text by mammoth, once the archive is known to unpack within {@link UNPACK_RATIO} × `maxBytes`, its
 * numbering and tables first written as text (`docx-forms.ts`).
 *
 * @throws DocumentTooLargeError when it unpacks to more; Error naming the file when it is not a readable .docx.
 */
async function docxText(file: string, bytes: Buffer, maxBytes: number, onNote: ReadDocumentOptions['onNote']): Promise<string> {
  try {
    await checkUnpackedSize(bytes, UNPACK_RATIO * maxBytes);
    // Loaded only for a .docx: reading text files (dz-plan parse, summary) needs none of it.
    const [{ default: mammoth }, { docxAsShown }] = await Promise.all([import('mammoth'), import('./docx-forms.js')]);
    const shown = await docxAsShown(bytes, (paragraph, format) => onNote?.({ code: 'numberingNotWritten', paragraph, format }));
    return (await mammoth.extractRawText({ buffer: Buffer.from(shown.buffer, shown.byteOffset, shown.byteLength) })).value;
  } catch (error) {
    if (error instanceof ArchiveTooLargeError) throw new DocumentTooLargeError(`${file} ${error.message} (${UNPACK_RATIO} × the input limit)`);
    throw new Error(`${file} is not a readable .docx (${(error as Error).message})`);
  }
}
