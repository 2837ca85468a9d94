/** A workbook's `xl/styles.xml` made readable to ExcelJS before it loads the workbook. */
import { quoteEscapedPercents } from './escaped-percents.js';
import { defineEastAsianDateFormats } from './xlsx-date-formats.js';

/**
 * The workbook as ExcelJS can read it: the East Asian built-in date formats its cells use defined in its
 * `xl/styles.xml` (see {@link defineEastAsianDateFormats}), and its escaped percent signs quoted
 * ({@link quoteEscapedPercents}); the same bytes when there is neither. JSZip (an ExcelJS dependency) is loaded here, when a workbook is read.
 */
export async function withReadableStyles(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const archive = await JSZip.loadAsync(bytes);
  const entry = archive.file('xl/styles.xml');
  const original = entry && (await entry.async('string'));
  const dated = original && defineEastAsianDateFormats(original);
  const styles = original ? (quoteEscapedPercents(dated ?? original) ?? dated) : undefined;
  if (!styles) return bytes;
  archive.file('xl/styles.xml', styles);
  return archive.generateAsync({ type: 'uint8array' });
}
