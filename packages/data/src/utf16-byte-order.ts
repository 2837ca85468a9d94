/**
 * UTF-16 text without the byte-order mark that would say so (Notepad's 「Unicode」 without BOM, a script's output),
 * told from its code units: what the CSV import (`progress/csv-encoding.ts`) and `readDocument` refuse as UTF-16
 * rather than read on a guess or call binary. Its own module: `readDocument` loads no CSV reader for it.
 */

/**
 * Whether a UTF-16 code unit is one a sheet's or a document's text is made of: a tab or line break, printable ASCII, Latin-1's letters
 * and signs (×, °), punctuation and symbols (—, ≥, ↓, ℃, ①), CJK punctuation, kana and characters (U+3000–U+9FFF),
 * surrogates (a character beyond U+FFFF) and full-width forms.
 */
const isTextUnit = (unit: number): boolean =>
  unit === 0x09 ||
  unit === 0x0a ||
  unit === 0x0d ||
  (unit >= 0x20 && unit <= 0x7e) ||
  (unit >= 0xa0 && unit <= 0xff) ||
  (unit >= 0x2000 && unit <= 0x2bff) ||
  (unit >= 0x3000 && unit <= 0x9fff) ||
  (unit >= 0xd800 && unit <= 0xdfff) ||
  (unit >= 0xff00 && unit <= 0xffef);

/**
 * The byte order of bytes that are UTF-16 text without a byte-order mark (Notepad's or a script's), or `undefined`.
 * Counting NUL bytes finds Latin text, each character a NUL byte beside its ASCII one, but not Chinese, whose
 * characters (U+4E00–U+9FFF: the bytes 4E–9F beside any other) have none. So the code units are read in each order,
 * over the first 4 KiB: in the text's own, at least 15 in 16 are units of text ({@link isTextUnit}) and its line
 * breaks are units U+000A (bytes 0A 00 at an even offset in little-endian, 00 0A in big-endian); in the other, its
 * line breaks are no text, and no U+000A is there. Not guessed on an odd length or under 16 code units; a binary
 * file (a PNG, an .xlsx's entries, a run of NULs) has no such share of text in either order.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < 32) return undefined;
  const sample = bytes.subarray(0, 4096);
  const orders = (['LE', 'BE'] as const).filter((order) => {
    let [text, breaks] = [0, 0];
    for (let i = 0; i < sample.length; i += 2) {
      const unit = order === 'LE' ? sample[i]! | (sample[i + 1]! << 8) : (sample[i]! << 8) | sample[i + 1]!;
      if (isTextUnit(unit)) text++;
      if (unit === 0x0a) breaks++;
    }
    return breaks > 0 && text * 16 >= (sample.length / 2) * 15;
  });
  return orders.length === 1 ? orders[0] : undefined;
}
