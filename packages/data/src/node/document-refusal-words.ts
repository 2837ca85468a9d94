/**
 * What `readDocument` refuses (a binary file, UTF-16 text, text in another encoding, a .docx it cannot read) and a
 * .docx over the limit, in each language the CLI speaks (`--lang`) other than English, whose words are the reader's
 * own messages. Written by hand in each, as `unreadable-reasons.ts` says a sheet that cannot be read.
 */
import type { Language } from '../schema.js';
import { UNPACK_RATIO } from '../unpacked-size.js';

/** A refusal's words, by its code (`DocumentRefusal`), and a .docx's two limits; each names the file. */
export interface DocumentRefusalWords {
  /** A NUL byte at offset `at`. */
  readonly binary: (file: string, at: number) => string;
  readonly utf16: (file: string) => string;
  /** `looksLike`: GBK or Big5, when chardet tells which. */
  readonly notUtf8: (file: string, looksLike?: string) => string;
  readonly notDocx: (file: string) => string;
  /** A .docx whose text has more than `limit` characters. */
  readonly textTooLong: (file: string, limit: number) => string;
  /** A .docx that unpacks to more than `limit` bytes ({@link UNPACK_RATIO} × the input limit). */
  readonly unpacksTooLarge: (file: string, limit: number) => string;
}

const n = (value: number) => value.toLocaleString('en');

/** The words of a document refused, in Chinese (English says the reader's messages). */
export const documentRefusalWords: Readonly<Record<Exclude<Language, 'en'>, DocumentRefusalWords>> = {
  'zh-Hant': {
    binary: (file, at) => `${file} 是二進位檔,不是文字(偏移 ${n(at)} 處有 NUL 位元組):請提供 UTF-8 編碼的 .txt 或 .docx`,
    utf16: (file) => `${file} 是 UTF-16 文字:請存成 UTF-8 編碼,或提供 .docx`,
    notUtf8: (file, looksLike) => `${file} 不是 UTF-8 文字${looksLike ? `(看來是 ${looksLike} 編碼)` : ''}:請存成 UTF-8 編碼,或提供 .docx`,
    notDocx: (file) => `${file} 不是可讀取的 .docx:檔案已損壞或不完整;請在 Word 中開啟並另存為 .docx 後再試`,
    textTooLong: (file, limit) => `${file} 的文字超過 ${n(limit)} 個字符的上限(可用 --max-bytes 調高)`,
    unpacksTooLarge: (file, limit) => `${file} 解壓縮後超過 ${n(limit)} 位元組,即輸入上限的 ${UNPACK_RATIO} 倍(可用 --max-bytes 調高)`,
  },
  'zh-Hans': {
    binary: (file, at) => `${file} 是二进制文件,不是文本(偏移 ${n(at)} 处有 NUL 字节):请提供 UTF-8 编码的 .txt 或 .docx`,
    utf16: (file) => `${file} 是 UTF-16 文本:请保存为 UTF-8 编码,或提供 .docx`,
    notUtf8: (file, looksLike) => `${file} 不是 UTF-8 文本${looksLike ? `(看起来是 ${looksLike} 编码)` : ''}:请保存为 UTF-8 编码,或提供 .docx`,
    notDocx: (file) => `${file} 不是可读取的 .docx:文件已损坏或不完整;请在 Word 中打开并另存为 .docx 后再试`,
    textTooLong: (file, limit) => `${file} 的文本超过 ${n(limit)} 个字符的上限(可用 --max-bytes 调高)`,
    unpacksTooLarge: (file, limit) => `${file} 解压缩后超过 ${n(limit)} 字节,即输入上限的 ${UNPACK_RATIO} 倍(可用 --max-bytes 调高)`,
  },
};
