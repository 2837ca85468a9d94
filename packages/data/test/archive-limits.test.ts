/**
 * ZIP bombs: a .docx plan or an .xlsx progress sheet that unpacks to far more than it weighs is refused as it
 * unpacks (at ten times the input limit), with a message naming the file, instead of filling the memory of the
 * process or the page before mammoth or ExcelJS return. The sizes an archive declares are not trusted.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DocumentTooLargeError, readDocument } from '../src/node/read-document.js';
import { importProgressFiles, readSheets, UnreadableSheetError } from '../src/progress/index.js';
import { dezhouPlan } from '../src/dezhou-2023.js';
import { cliScratch, dzPlan, packageDir } from './helpers.js';

/** 3 MB of zeros: about 3 KB once deflated. */
const padding = new Uint8Array(3_000_000);

/** A minimal .docx whose text is `text`, with a padding part that unpacks to 3 MB. */
async function paddedDocx(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
  zip.file('word/media/padding.bin', padding);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** An .xlsx with one filled cell, with a padding part that unpacks to 3 MB. */
async function paddedXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('發改委').getCell('A1').value = '指標編號';
  const zip = await JSZip.loadAsync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  zip.file('xl/media/padding.bin', padding);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The archive with the padding part's declared uncompressed size rewritten to 1 byte, in its local header (offset
 * 22) and its central directory entry (offset 24): a reader that trusts them sees a tiny archive.
 */
function lyingSizes(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameAt = (start: number, length: number) => new TextDecoder().decode(out.subarray(start, start + length));
  for (let i = 0; i + 46 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && nameAt(i + 30, view.getUint16(i + 26, true)).includes('padding')) view.setUint32(i + 22, 1, true);
    if (signature === 0x02014b50 && nameAt(i + 46, view.getUint16(i + 28, true)).includes('padding')) view.setUint32(i + 24, 1, true);
  }
  return out;
}

describe('archives that unpack to too much', () => {
  const scratch = cliScratch('dz-archive-limits-');

  test('a .docx is read within ten times the limit and refused beyond it, naming the file and the limit', async () => {
    const file = scratch.at('plan.docx');
    const bytes = await paddedDocx('一、推動發展');
    assert.ok(bytes.length < 100_000, `the padded .docx weighs ${bytes.length} bytes`);
    writeFileSync(file, bytes);
    assert.equal((await readDocument(file)).trim(), '一、推動發展');
    await assert.rejects(readDocument(file, { maxBytes: 100_000 }), (error: Error) => {
      assert.ok(error instanceof DocumentTooLargeError, String(error));
      assert.match(error.message, /plan\.docx unpacks to more than 1,000,000 bytes/);
      return true;
    });
  });

  test('sizes the archive declares are not trusted', async () => {
    const file = scratch.at('lying.docx');
    writeFileSync(file, lyingSizes(await paddedDocx('一、推動發展')));
    await assert.rejects(readDocument(file, { maxBytes: 100_000 }), /lying\.docx unpacks to more than 1,000,000 bytes/);
  });

  test('a file named .docx that is no archive names the file', async () => {
    const file = scratch.at('not-a.docx');
    writeFileSync(file, '一、推動發展\n');
    await assert.rejects(readDocument(file), /not-a\.docx is not a readable \.docx/);
  });

  test('dz-plan parse: exit 2, the file, the limit and --max-bytes', async () => {
    const file = scratch.at('bomb.docx');
    writeFileSync(file, await paddedDocx('一、推動發展'));
    const result = dzPlan('parse', file, '--max-bytes', '100000', '--lang', 'en');
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /bomb\.docx unpacks to more than 1,000,000 bytes.*--max-bytes/);
  });

  test('an .xlsx sheet over maxUnpackedBytes is unreadable, also when its sizes lie; under it, it reads', async () => {
    const bytes = await paddedXlsx();
    const sheets = await readSheets({ name: 'ok.xlsx', data: bytes });
    assert.equal(sheets[0]?.rows[0]?.cells[0], '指標編號');
    for (const data of [bytes, lyingSizes(bytes)]) {
      await assert.rejects(readSheets({ name: '發改委.xlsx', data }, { maxUnpackedBytes: 1_000_000 }), (error: Error) => {
        assert.ok(error instanceof UnreadableSheetError, String(error));
        assert.match(error.message, /^發改委\.xlsx: an \.xlsx workbook that unpacks to more than 1,000,000 bytes/);
        return true;
      });
    }
    const result = await importProgressFiles([{ name: '發改委.xlsx', data: bytes }], dezhouPlan, { maxUnpackedBytes: 1_000_000, lang: 'en' });
    assert.deepEqual(result.problems.map((p) => p.code), ['unreadable']);
    assert.match(result.problems[0]!.message, /發改委\.xlsx.*unpacks to more than 1,000,000 bytes/);
  });

  test('dz-plan progress import: the workbook limit is ten times --max-bytes', async () => {
    const file = scratch.at('sheet.xlsx');
    writeFileSync(file, await paddedXlsx());
    const result = spawnSync(process.execPath, ['bin/dz-plan.js', 'progress', 'import', file, '--max-bytes', '100000', '--lang', 'en'], { cwd: packageDir, encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(result.status, 0, result.stderr);
    assert.match(result.stderr, /sheet\.xlsx.*unpacks to more than 1,000,000 bytes/);
  });
});
