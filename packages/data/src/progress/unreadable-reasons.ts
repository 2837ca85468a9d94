/**
 * Why a file cannot be read as a progress sheet at all (a legacy .xls, a CSV in an encoding not recognised, a .docx
 * given by mistake…): a code with what it needs, and its words in each language. The readers throw the code
 * ({@link UnreadableSheetError}); the import says it in the language asked for.
 */
import type { Language } from '../schema.js';

/** Why a file cannot be read: which reason, and what its words name. */
export type UnreadableReason =
  /** A legacy binary .xls workbook (an OLE compound file). */
  | { readonly code: 'legacyXls' }
  /** An .xlsx saved with a password: Excel encrypts it into an OLE compound file (its `EncryptedPackage` stream). */
  | { readonly code: 'passwordProtected' }
  /** A CSV that is not UTF-8 and in which no other encoding tried gives a header row. */
  | { readonly code: 'unknownEncoding'; readonly tried: readonly string[] }
  /** A CSV that more than one encoding (`between`: GBK and Big5) reads with its header, and whose text does not tell which. */
  | { readonly code: 'ambiguousEncoding'; readonly between: readonly string[] }
  /** A CSV that looks like UTF-16 text in the byte order `byteOrder` but has no byte-order mark to say so (`utf16ByteOrder`). */
  | { readonly code: 'utf16WithoutBom'; readonly byteOrder: 'LE' | 'BE' }
  /** A quote mark CSV cannot read (`quote`: Papa Parse's error code; `detail`: its own message, for another code). */
  | { readonly code: 'quotes'; readonly row: number; readonly quote: string; readonly detail: string }
  /** An .xlsx that unpacks to more than `limit` bytes. */
  | { readonly code: 'tooLarge'; readonly limit: number }
  /** A ZIP file ExcelJS cannot open as a workbook (`detail`: its own message, in English). */
  | { readonly code: 'notWorkbook'; readonly detail: string }
  /** A ZIP file that opens with no worksheet: a .docx, an .odt… */
  | { readonly code: 'noWorksheet' }
  /** A web page (an HTML table) saved under an .xls name, as many systems' "export to Excel" write it. */
  | { readonly code: 'webPage' };

interface UnreadableWords {
  readonly legacyXls: () => string;
  readonly passwordProtected: () => string;
  readonly unknownEncoding: (tried: readonly string[]) => string;
  readonly ambiguousEncoding: (between: readonly string[]) => string;
  readonly utf16WithoutBom: (byteOrder: string) => string;
  readonly row: (row: number) => string;
  readonly invalidQuotes: () => string;
  readonly missingQuotes: () => string;
  readonly tooLarge: (limit: string) => string;
  readonly notWorkbook: (detail: string) => string;
  readonly noWorksheet: () => string;
  readonly webPage: () => string;
}

/** `UTF-8、GBK 和 Big5` / `UTF-8, GBK and Big5`. */
const list = (names: readonly string[], comma: string, and: string) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(comma)}${and}${names.at(-1)}`);

/** The words of each {@link UnreadableReason}, per language (written by hand in each, as `sheetProblemWords`). */
export const unreadableReasonWords: Readonly<Record<Language, UnreadableWords>> = {
  'zh-Hant': {
    legacyXls: () => '舊版 .xls 活頁簿:請另存為 .xlsx 或 CSV',
    passwordProtected: () => '活頁簿設有密碼保護:請在 Excel 中取消密碼(檔案 → 資訊 → 保護活頁簿)後另存,再匯入',
    unknownEncoding: (tried) => `無法辨識編碼:已試過 ${list(tried, '、', ' 和 ')},都找不到表頭行(指標編號、完成值…);請在 Excel 中另存為「CSV UTF-8」或 .xlsx`,
    ambiguousEncoding: (between) => `無法判斷編碼:${list(between, '、', ' 和 ')}都讀得出表頭,而其中的中文太少,分不出是哪一種(以錯的一種讀,中文會變成別的字);請在 Excel 中另存為「CSV UTF-8」或 .xlsx`,
    utf16WithoutBom: (order) => `看來是沒有位元組順序記號(BOM)的 UTF-16 ${order} 文字,匯入不憑猜測讀取:請在 Excel 中另存為「CSV UTF-8」或 .xlsx,或存成帶 BOM 的 UTF-16(Excel 的「Unicode 文字」)`,
    row: (row) => `第 ${row} 行:`,
    invalidQuotes: () => '儲存格中有引號("),但這一格沒有照 CSV 的方式加上引號;請把整格放在引號內,格內每個引號寫兩次("""5G""基站"),或從試算表重新儲存',
    missingQuotes: () => '引號(")開始的一格沒有結束,其後各行會併入這一格',
    tooLarge: (limit) => `.xlsx 活頁簿解壓縮後超過 ${limit} 位元組,即壓縮檔的上限`,
    // The ZIP reader's English (`Corrupted zip: can't find end of central directory`) is no help to a reader of Chinese.
    notWorkbook: () => '不是可讀取的 .xlsx 活頁簿:檔案已損壞或不完整;請在 Excel 中重新儲存後再匯入',
    noWorksheet: () => '不是 .xlsx 活頁簿:其中沒有工作表',
    webPage: () => '這是存成 .xls 的網頁(HTML 表格),不是活頁簿:請在 Excel 中開啟,另存為「Excel 活頁簿(.xlsx)」,再匯入',
  },
  'zh-Hans': {
    legacyXls: () => '旧版 .xls 工作簿:请另存为 .xlsx 或 CSV',
    passwordProtected: () => '工作簿设有密码保护:请在 Excel 中取消密码(文件 → 信息 → 保护工作簿)后另存,再导入',
    unknownEncoding: (tried) => `无法识别编码:已试过 ${list(tried, '、', ' 和 ')},都找不到表头行(指标编号、完成值…);请在 Excel 中另存为“CSV UTF-8”或 .xlsx`,
    ambiguousEncoding: (between) => `无法判断编码:${list(between, '、', ' 和 ')}都读得出表头,而其中的中文太少,分不出是哪一种(以错的一种读,中文会变成别的字);请在 Excel 中另存为“CSV UTF-8”或 .xlsx`,
    utf16WithoutBom: (order) => `看来是没有字节顺序标记(BOM)的 UTF-16 ${order} 文本,导入不凭猜测读取:请在 Excel 中另存为“CSV UTF-8”或 .xlsx,或存成带 BOM 的 UTF-16(Excel 的“Unicode 文本”)`,
    row: (row) => `第 ${row} 行:`,
    invalidQuotes: () => '单元格中有引号("),但这一格没有按 CSV 的方式加上引号;请把整格放在引号内,格内每个引号写两次("""5G""基站"),或从电子表格重新保存',
    missingQuotes: () => '引号(")开始的一格没有结束,其后各行会并入这一格',
    tooLarge: (limit) => `.xlsx 工作簿解压缩后超过 ${limit} 字节,即压缩文件的上限`,
    notWorkbook: () => '不是可读取的 .xlsx 工作簿:文件已损坏或不完整;请在 Excel 中重新保存后再导入',
    noWorksheet: () => '不是 .xlsx 工作簿:其中没有工作表',
    webPage: () => '这是存成 .xls 的网页(HTML 表格),不是工作簿:请在 Excel 中打开,另存为“Excel 工作簿(.xlsx)”,再导入',
  },
  en: {
    legacyXls: () => 'a legacy .xls workbook: save it as .xlsx or CSV',
    passwordProtected: () => 'a workbook saved with a password: remove the password in Excel (File → Info → Protect Workbook), save it, and import it again',
    unknownEncoding: (tried) => `its encoding was not recognised: tried ${list(tried, ', ', ' and ')}, and none gives a header row (指標編號, 完成值…); save it from Excel as 「CSV UTF-8」 or .xlsx`,
    ambiguousEncoding: (between) =>
      `its encoding cannot be told: both ${list(between, ', ', ' and ')} read its header, and it has too little Chinese text to tell which (read in the wrong one, its characters would be other characters); save it from Excel as 「CSV UTF-8」 or .xlsx`,
    utf16WithoutBom: (order) =>
      `it looks like UTF-16 ${order} text without a byte-order mark (BOM), which the import does not read on a guess: save it from Excel as 「CSV UTF-8」 or .xlsx, or as UTF-16 with a BOM (Excel's "Unicode Text")`,
    row: (row) => `row ${row}: `,
    invalidQuotes: () =>
      'a quote mark (") inside a cell that is not quoted the way CSV quotes it; put the whole cell in quotes and double each quote mark inside it ("""5G""基站"), or save the sheet again from the spreadsheet',
    missingQuotes: () => 'a quote mark (") opens a cell that is never closed, so the rows after it would run together into that cell',
    tooLarge: (limit) => `an .xlsx workbook that unpacks to more than ${limit} bytes, the limit for an archive`,
    notWorkbook: (detail) => `not a readable .xlsx workbook (${detail})`,
    noWorksheet: () => 'not an .xlsx workbook: it has no worksheet',
    webPage: () => 'a web page (an HTML table) saved as .xls, not a workbook: open it in Excel, save it as "Excel Workbook (.xlsx)", and import that',
  },
};

/**
 * Why a file cannot be read, in the language: `its encoding was not recognised: tried UTF-8, GBK and Big5…` /
 * `無法辨識編碼:已試過 UTF-8、GBK 和 Big5…`.
 */
export function describeUnreadableReason(reason: UnreadableReason, lang: Language): string {
  const w = unreadableReasonWords[lang];
  switch (reason.code) {
    case 'legacyXls':
      return w.legacyXls();
    case 'passwordProtected':
      return w.passwordProtected();
    case 'unknownEncoding':
      return w.unknownEncoding(reason.tried);
    case 'ambiguousEncoding':
      return w.ambiguousEncoding(reason.between);
    case 'utf16WithoutBom':
      return w.utf16WithoutBom(reason.byteOrder);
    case 'quotes':
      return `${w.row(reason.row)}${reason.quote === 'InvalidQuotes' ? w.invalidQuotes() : reason.quote === 'MissingQuotes' ? w.missingQuotes() : reason.detail}`;
    case 'tooLarge':
      return w.tooLarge(reason.limit.toLocaleString('en'));
    case 'notWorkbook':
      return w.notWorkbook(reason.detail);
    case 'noWorksheet':
      return w.noWorksheet();
    case 'webPage':
      return w.webPage();
  }
}
