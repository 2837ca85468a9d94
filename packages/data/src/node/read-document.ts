/** A document's text from a file: UTF-8 text (a BOM dropped), or a Word .docx's text by mammoth. */
import { readFile } from 'node:fs/promises';

/**
 * The text of a `.txt` (UTF-8) or `.docx` file. A .docx gives its paragraphs one per line, as pasting it into a text
 * file would.
 *
 * @example
 * ```ts
 * const text = await readDocument('jinan-2024.docx');
 * ```
 * @throws Error naming the file when it cannot be read, or is neither UTF-8 text nor a .docx.
 */
export async function readDocument(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (/\.docx$/i.test(file)) {
    // Loaded only for a .docx: reading text files (dz-plan parse, summary) needs none of it.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value.replace(/\n{2,}/g, '\n');
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw new Error(`${file} is not UTF-8 text (save it as UTF-8, or give the .docx)`);
  return text;
}
