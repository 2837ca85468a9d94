/** What a {@link DocumentNote} of `readDocument` says, in each language the CLI speaks (`--lang`): the file, the paragraph, the format. */
import type { Language } from '../schema.js';
import type { DocumentNote } from './read-document.js';

/** The paragraph as a note names it: its first 40 characters, as a diagnostic quotes a line. */
const named = (paragraph: string) => (paragraph.length > 40 ? `${paragraph.slice(0, 40)}…` : paragraph);

/** The sentence for `note` of `file`. */
export const documentNoteWords: Readonly<Record<Language, (file: string, note: DocumentNote) => string>> = {
  'zh-Hant': (file, { paragraph, format }) =>
    `${file}:段落「${named(paragraph)}」的 Word 自動編號格式「${format}」無法寫成文字,這段讀取時沒有編號;請把編號打成文字(1. 一、 (一)),或在 Word 裡改用阿拉伯數字或中文數字(一、二、三)的編號`,
  'zh-Hans': (file, { paragraph, format }) =>
    `${file}:段落“${named(paragraph)}”的 Word 自动编号格式“${format}”无法写成文字,这段读取时没有编号;请把编号输入为文字(1. 一、 (一)),或在 Word 里改用阿拉伯数字或中文数字(一、二、三)的编号`,
  en: (file, { paragraph, format }) =>
    `${file}: the paragraph "${named(paragraph)}" is numbered by Word in the format "${format}", which is not written as text: it is read without its number; type the number (1. 一、 (一)), or number the list in Arabic or Chinese numerals (一、二、三) in Word`,
};
