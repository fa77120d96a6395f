/** Why an input could not be read at all (the command line exits 2 for any of these). */
export type ReadErrorKind = 'missing' | 'not-a-file' | 'legacy-format' | 'not-xlsx' | 'corrupt' | 'encrypted';

const MESSAGES: Record<ReadErrorKind, [string, string]> = {
  missing: ['文件不存在', 'file not found'],
  'not-a-file': ['不是文件', 'not a file'],
  'legacy-format': ['这是旧版 .xls/.et 格式，请另存为 .xlsx', 'old .xls/.et format, save as .xlsx'],
  'not-xlsx': ['不是 .xlsx 工作簿，请另存为 .xlsx', 'not an .xlsx workbook, save as .xlsx'],
  corrupt: ['文件已损坏，无法打开', 'the file is corrupt and cannot be opened'],
  encrypted: ['文件有密码保护，请取消密码后另存为 .xlsx', 'the file is password-protected, remove the password and save as .xlsx'],
};

/** An input that cannot be read; `message` is one line, Chinese then English. */
export class WorkbookReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    readonly detail?: string,
  ) {
    super(`无法读取：${MESSAGES[kind][0]} / cannot read: ${MESSAGES[kind][1]}`);
    this.name = 'WorkbookReadError';
  }
}
