/**
 * An output that is one of a command's own inputs, or that is there already for a command that writes what is sent
 * out to be filled in (`progress template`): `dz-plan build doc.txt -o doc.txt` replaced the document with the
 * plan JSON, and `progress import sheet.csv -o sheet.csv` the sheet with the report, with no way back. Refused before
 * anything is read or written. (`progress import --into report.json` writes the report back on purpose: it is no
 * input checked here.)
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Language } from '../schema.js';
import { InputError } from './usage.js';

/** What the refusal says, in each language of the commands. */
const outputIsInputWords: Readonly<Record<Language, (output: string, input: string) => string>> = {
  'zh-Hant': (output, input) => `-o ${output} 就是輸入的檔案 ${input}:寫入會蓋掉它,請給另一個輸出檔名`,
  'zh-Hans': (output, input) => `-o ${output} 就是输入的文件 ${input}:写入会覆盖它,请给另一个输出文件名`,
  en: (output, input) => `-o ${output} is the input ${input}: writing would replace it; give another output file`,
};

/**
 * The device and inode of `file`, or `undefined` when there is no file to overwrite (none yet, or a terminal, a pipe:
 * `/dev/stdin` and `/dev/stdout` are one terminal, and writing to it replaces nothing), or it cannot be looked at.
 */
async function identity(file: string): Promise<string | undefined> {
  try {
    const found = await stat(file, { bigint: true });
    if (!found.isFile()) return undefined;
    const { dev, ino } = found;
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Throws an {@link InputError} (exit 2) when `output` is the same file as one of `inputs`: by device and inode, so a
 * symlink, a hard link, `./doc.txt` or another case on a case-insensitive disk are caught as the plain name is.
 * An output that does not exist yet is no input.
 */
export async function refuseOutputOverInput(output: string | undefined, inputs: readonly (string | undefined)[], lang: Language): Promise<void> {
  if (output === undefined) return;
  const target = await identity(output);
  if (target === undefined) return;
  for (const input of inputs) {
    if (input !== undefined && (await identity(input)) === target) throw new InputError(outputIsInputWords[lang](output, input));
  }
}

/** What the refusal to overwrite an existing file says, in each language of the commands. */
const outputExistsWords: Readonly<Record<Language, (output: string) => string>> = {
  'zh-Hant': (output) => `${output} 已經存在:不會蓋掉它(可能是填好交回的表);請給另一個檔名,或加 --force 覆寫`,
  'zh-Hans': (output) => `${output} 已经存在:不会覆盖它(可能是填好交回的表);请给另一个文件名,或加 --force 覆盖`,
  en: (output) => `${output} already exists: not overwritten (it may be a sheet filled in and sent back); give another file name, or --force to overwrite it`,
};

/**
 * Throws an {@link InputError} (exit 2, as an output over an input) when `output` is a file already there and not `force`: a template written
 * over the sheet a unit filled in and sent back under the same name lost its figures (review r106 L7). A terminal or
 * a pipe (`/dev/stdout`) is no file to lose.
 */
export async function refuseExistingOutput(output: string | undefined, force: boolean | undefined, lang: Language): Promise<void> {
  if (output === undefined || force) return;
  if ((await identity(output)) !== undefined) throw new InputError(outputExistsWords[lang](output));
}

/**
 * The extension of an output's name, lower case, as a file type: `''` for none, and for a suffix with no letter, which
 * is no file type (`r.2023.06`, `摘要.2023-06-30`: a date, refused as the extension `.06`: review r107 L2).
 */
export function outputExtension(output: string | undefined): string {
  const ext = output === undefined ? '' : extname(output).toLowerCase();
  return /\p{L}/u.test(ext) ? ext : '';
}
