/**
 * A document `dz-plan` reads but cannot take (another city's review): a GBK or Big5 text, a UTF-16 one saved by
 * Notepad, a binary file, a broken or oversized .docx are refused in the language of `--lang`, as a missing file is,
 * and exit 2. A UTF-16 file is called UTF-16 (not binary), a GBK or Big5 one names the encoding it looks like;
 * `readDocument` keeps saying them in English, with a `refusal` code for a caller to say them in its own words.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { readDocument } from '../src/node/read-document.js';
import { dzPlanHere } from './helpers.js';

const plan = '某市2023年重點工作任務\n一、總體要求\n1.新開通5G基站3000個以上。(牽頭單位:市工業和信息化局)\n2.財政收入。一般公共預算收入增長15%。(牽頭單位:市財政局)\n';

/** `text` in UTF-16 as Notepad's 「Unicode」 saves it (little-endian, BOM), big-endian with a BOM, or without one. */
function utf16(text: string, form: 'le' | 'be' | 'le-no-bom'): Buffer {
  const bytes = Buffer.from(form === 'le-no-bom' ? text : `\uFEFF${text}`, 'utf16le');
  return form === 'be' ? bytes.swap16() : bytes;
}

/** A minimal .docx whose one paragraph is `text`, with a part of `padding` zeros (a ZIP bomb, deflated to little). */
async function docx(text: string, padding = 0): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
  if (padding) zip.file('word/media/padding.bin', new Uint8Array(padding));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('dz-plan refuses a document it cannot take in the language of --lang, exit 2', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dz-plan-refusals-'));
    writeFileSync(at('gbk.txt'), iconv.encode(plan, 'gbk'));
    writeFileSync(at('big5.txt'), iconv.encode(plan, 'big5'));
    writeFileSync(at('unicode.txt'), utf16(plan, 'le'));
    writeFileSync(at('unicode-be.txt'), utf16(plan, 'be'));
    writeFileSync(at('no-bom.txt'), utf16('2023 key tasks\r\n1. Build 3000 5G base stations. (Lead: 市工信局)\r\n', 'le-no-bom'));
    // Chinese with full-width marks, so with few NUL bytes (one per line break): a review found it called binary.
    const chinese = '某市重點工作任務\n一、總體要求\n（一）加快新型基礎設施建設，新開通第五代移動通信基站三千個以上。（牽頭單位：市工業和信息化局）\n'.repeat(6);
    writeFileSync(at('no-bom-chinese.txt'), utf16(chinese, 'le-no-bom'));
    writeFileSync(at('no-bom-chinese-be.txt'), Buffer.from(chinese, 'utf16le').swap16());
    writeFileSync(at('binary.txt'), Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
    writeFileSync(at('broken.docx'), plan);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** What `dz-plan ARGS` says on standard error, having printed nothing and exited 2. */
  const said = async (...args: string[]) => {
    const { status, stdout, stderr } = await dzPlanHere(...args);
    assert.equal(status, 2, stderr);
    assert.equal(stdout, '', `${args.join(' ')} printed nothing`);
    return stderr.trimEnd();
  };

  test('a GBK and a Big5 text: not UTF-8, the encoding it looks like, save it as UTF-8; in zh-Hant by default, zh-Hans and English', async () => {
    for (const [name, encoding] of [['gbk.txt', 'GBK'], ['big5.txt', 'Big5']] as const) {
      const file = at(name);
      for (const command of ['parse', 'summary', 'build']) {
        assert.equal(await said(command, file), `dz-plan: ${file} 不是 UTF-8 文字(看來是 ${encoding} 編碼):請存成 UTF-8 編碼,或提供 .docx`, command);
      }
      assert.equal(await said('parse', file, '--lang', 'zh-Hans'), `dz-plan: ${file} 不是 UTF-8 文本(看起来是 ${encoding} 编码):请保存为 UTF-8 编码,或提供 .docx`);
      assert.equal(await said('build', file, '--lang', 'en'), `dz-plan: ${file} is not UTF-8 text (it looks like ${encoding}): save it as UTF-8, or give the .docx`);
    }
  });

  test('a UTF-16 text (Notepad\'s 「Unicode」, big-endian, or without a BOM) is called UTF-16, not binary', async () => {
    for (const name of ['unicode.txt', 'unicode-be.txt', 'no-bom.txt']) {
      const file = at(name);
      assert.equal(await said('parse', file), `dz-plan: ${file} 是 UTF-16 文字:請存成 UTF-8 編碼,或提供 .docx`, name);
      assert.equal(await said('summary', file, '--lang', 'zh-Hans'), `dz-plan: ${file} 是 UTF-16 文本:请保存为 UTF-8 编码,或提供 .docx`, name);
      assert.equal(await said('build', file, '--lang', 'en'), `dz-plan: ${file} is UTF-16 text: save it as UTF-8, or give the .docx`, name);
    }
    // Mostly Chinese without a BOM: the same refusal (every command reads the file the same way).
    for (const name of ['no-bom-chinese.txt', 'no-bom-chinese-be.txt']) {
      const file = at(name);
      assert.equal(await said('build', file, '--lang', 'en'), `dz-plan: ${file} is UTF-16 text: save it as UTF-8, or give the .docx`, name);
    }
  });

  test('a binary file: binary, where its first NUL byte is, in the language', async () => {
    const file = at('binary.txt');
    assert.equal(await said('parse', file), `dz-plan: ${file} 是二進位檔,不是文字(偏移 0 處有 NUL 位元組):請提供 UTF-8 編碼的 .txt 或 .docx`);
    assert.equal(await said('build', file, '--lang', 'zh-Hans'), `dz-plan: ${file} 是二进制文件,不是文本(偏移 0 处有 NUL 字节):请提供 UTF-8 编码的 .txt 或 .docx`);
    assert.equal(await said('summary', file, '--lang', 'en'), `dz-plan: ${file} is binary, not text (a NUL byte at byte 0); give a UTF-8 .txt or a .docx`);
  });

  test('a .docx that is no archive, one whose text is over the limit, one that unpacks to more than ten times it: in the language', async () => {
    const broken = at('broken.docx');
    assert.equal(await said('parse', broken), `dz-plan: ${broken} 不是可讀取的 .docx:檔案已損壞或不完整;請在 Word 中開啟並另存為 .docx 後再試`);
    assert.equal(await said('build', broken, '--lang', 'zh-Hans'), `dz-plan: ${broken} 不是可读取的 .docx:文件已损坏或不完整;请在 Word 中打开并另存为 .docx 后再试`);
    assert.match(await said('summary', broken, '--lang', 'en'), /broken\.docx is not a readable \.docx \(/);

    const long = at('long.docx');
    writeFileSync(long, await docx('甲'.repeat(30_000)));
    assert.equal(await said('parse', long, '--max-bytes', '20000'), `dz-plan: ${long} 的文字超過 20,000 個字符的上限(可用 --max-bytes 調高)`);
    assert.equal(await said('build', long, '--max-bytes', '20000', '--lang', 'zh-Hans'), `dz-plan: ${long} 的文本超过 20,000 个字符的上限(可用 --max-bytes 调高)`);
    assert.equal(await said('summary', long, '--max-bytes', '20000', '--lang', 'en'), `dz-plan: ${long} holds more than 20,000 characters of text, the input limit (raise it with --max-bytes)`);

    const bomb = at('bomb.docx');
    writeFileSync(bomb, await docx('一、推動發展', 3_000_000));
    assert.equal(await said('parse', bomb, '--max-bytes', '100000'), `dz-plan: ${bomb} 解壓縮後超過 1,000,000 位元組,即輸入上限的 10 倍(可用 --max-bytes 調高)`);
    assert.equal(await said('build', bomb, '--max-bytes', '100000', '--lang', 'zh-Hans'), `dz-plan: ${bomb} 解压缩后超过 1,000,000 字节,即输入上限的 10 倍(可用 --max-bytes 调高)`);
    assert.match(await said('summary', bomb, '--max-bytes', '100000', '--lang', 'en'), /bomb\.docx unpacks to more than 1,000,000 bytes.*--max-bytes/);
  });

  test('a missing file in English: why in words, not Node\'s ENOENT', async () => {
    const missing = at('missing.txt');
    for (const command of ['parse', 'summary', 'build']) {
      assert.equal(await said(command, missing, '--lang', 'en'), `dz-plan: cannot read ${missing}: no such file`, command);
    }
    assert.equal(await said('summary', at('missing.json'), '--lang', 'en'), `dz-plan: plan: cannot read ${at('missing.json')}: no such file`);
    assert.equal(await said('parse', dir, '--lang', 'en'), `dz-plan: cannot read ${dir}: a folder, not a file`);
  });

  test('readDocument keeps its English messages, with the refusal as a code for another language', async () => {
    const refusal = async (name: string, message: RegExp) => {
      const error = await readDocument(at(name)).then(
        () => assert.fail(`${name} was read`),
        (error: Error & { refusal?: unknown }) => error,
      );
      assert.ok(error instanceof Error);
      assert.match(error.message, message, name);
      return error.refusal;
    };
    assert.deepEqual(await refusal('gbk.txt', /gbk\.txt is not UTF-8 text \(it looks like GBK\): save it as UTF-8/), { code: 'notUtf8', looksLike: 'GBK' });
    assert.deepEqual(await refusal('big5.txt', /big5\.txt is not UTF-8 text \(it looks like Big5\)/), { code: 'notUtf8', looksLike: 'Big5' });
    assert.deepEqual(await refusal('unicode.txt', /unicode\.txt is UTF-16 text: save it as UTF-8/), { code: 'utf16', encoding: 'UTF-16LE' });
    assert.deepEqual(await refusal('unicode-be.txt', /is UTF-16 text/), { code: 'utf16', encoding: 'UTF-16BE' });
    assert.deepEqual(await refusal('no-bom.txt', /is UTF-16 text/), { code: 'utf16', encoding: 'UTF-16LE' });
    assert.deepEqual(await refusal('binary.txt', /binary\.txt is binary, not text \(a NUL byte at byte 0\)/), { code: 'binary', at: 0 });
    assert.equal(((await refusal('broken.docx', /broken\.docx is not a readable \.docx \(/)) as { code?: string }).code, 'notDocx');
    // Latin-1 is neither GBK nor Big5: not named.
    writeFileSync(at('latin1.txt'), Buffer.from('1. caf\xe9 cr\xe8me\n', 'latin1'));
    assert.deepEqual(await refusal('latin1.txt', /latin1\.txt is not UTF-8 text \(save it as UTF-8, or give the \.docx\)$/), { code: 'notUtf8' });
    // A stray NUL in UTF-8 text is no UTF-16 pattern: binary, as before.
    writeFileSync(at('nul.txt'), '1.甲。\u0000(牽頭單位:市甲局)\n');
    assert.deepEqual(await refusal('nul.txt', /nul\.txt is binary, not text \(a NUL byte at byte 8\)/), { code: 'binary', at: 8 });
  });
});
