/** Why an input could not be read at all (the command line exits 2 for any of these). */
export type ReadErrorKind =
  | 'missing'
  | 'not-a-file'
  | 'empty'
  | 'corrupt'
  | 'encrypted'
  | 'word'
  | 'powerpoint'
  | 'xlsb'
  | 'csv'
  | 'pdf'
  | 'html'
  | 'text'
  | 'not-workbook'
  | 'too-large';

const MESSAGES: Record<ReadErrorKind, [string, string]> = {
  missing: ['文件不存在', 'file not found'],
  'not-a-file': ['不是文件', 'not a file'],
  empty: ['文件为空', 'the file is empty'],
  corrupt: ['文件已损坏，无法打开', 'the file is corrupt and cannot be opened'],
  encrypted: ['文件有密码保护，请取消密码后重新保存', 'the file is password-protected, remove the password and save it again'],
  word: ['这是 Word 文档，不是 Excel 工作簿', 'this is a Word document, not an Excel workbook'],
  powerpoint: ['这是 PowerPoint 演示文稿，不是 Excel 工作簿', 'this is a PowerPoint presentation, not an Excel workbook'],
  xlsb: ['不支持二进制工作簿 (.xlsb)，请另存为 .xlsx', 'binary workbooks (.xlsb) are not supported, save as .xlsx'],
  csv: ['这是 CSV 文本，没有表格的合并单元格和格式，请用 Excel 另存为 .xlsx', 'this is CSV text without merges or formats, save it as .xlsx in Excel'],
  pdf: ['这是 PDF 文件，不是 Excel 工作簿', 'this is a PDF file, not an Excel workbook'],
  html: ['这是网页 (HTML) 文件，只是扩展名为 .xls，请用 Excel 打开后另存为 .xlsx', 'this is a web page (HTML) named like a workbook, open it in Excel and save as .xlsx'],
  text: ['这是纯文本文件，不是 Excel 工作簿', 'this is a plain text file, not an Excel workbook'],
  'not-workbook': ['不是 Excel 工作簿（支持 .xlsx .xlsm .xls .et 与 SpreadsheetML）', 'not an Excel workbook (.xlsx .xlsm .xls .et and SpreadsheetML are read)'],
  'too-large': ['文件超出读取上限', 'the file exceeds a reading limit'],
};

/** An input that cannot be read; `message` is one line, Chinese then English (and the limit, for too-large). */
export class WorkbookReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    readonly detail?: string,
  ) {
    const [zh, en] = MESSAGES[kind];
    super(`无法读取：${zh} / cannot read: ${en}${kind === 'too-large' && detail ? `：${detail}` : ''}`);
    this.name = 'WorkbookReadError';
  }
}
