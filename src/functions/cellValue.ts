/**
 * What Excel passes for one cell. The build writes functions.json without
 * `allowCustomDataForDataTypeAny` (webpack.config.js), so a cell holding a formatted number or a
 * data type arrives as its plain value. With the flag (the metadata generator's default, or a
 * host that passes data types anyway) an `any` parameter receives the CellValue object instead:
 * a formatted number as `{ type: 'FormattedNumber', basicValue: 0.9927, numberFormat: '0.00%' }`,
 * a number with a format as `{ type: 'Double', basicValue, numberFormat }`, an entity as
 * `{ type: 'Entity', text, properties }` (Excel.CellValue in @types/office-js). Such a cell is
 * read as its basic value (an entity as its text), with its number format, never as blank.
 */
export type CellArg = number | string | boolean | null | undefined;

/** One cell, read: its plain value and number format, or why it cannot be read. */
export type CellReading = { value: CellArg; numberFormat?: string } | { problem: string };

const NOT_ONE_CELL = '应为单个单元格，而不是区域';

/** A 1×1 range (or a nested one) passed where one cell is expected is that cell. */
export function readCell(arg: unknown): CellReading {
  let v = arg;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (Array.isArray(v)) return v.length === 0 ? { value: null } : { problem: NOT_ONE_CELL };
  return readValue(v);
}

/** A single value: a primitive, or a data type's CellValue object. */
export function readValue(v: unknown): CellReading {
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'object' && !Array.isArray(v)) return readDataType(v as Record<string, unknown>);
  return { problem: '无法读取该单元格的值' };
}

function readDataType(cell: Record<string, unknown>): CellReading {
  const type = typeof cell.type === 'string' ? cell.type : '';
  const format = typeof cell.numberFormat === 'string' ? cell.numberFormat : undefined;
  if (type === 'Empty') return { value: null };
  if (type === 'Error') return { problem: `单元格是错误值${typeof cell.basicValue === 'string' ? ` ${cell.basicValue}` : ''}` };
  if ((type === 'Entity' || type === 'LinkedEntity') && typeof cell.text === 'string') return { value: cell.text };
  const basic = cell.basicValue;
  if (typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean') {
    return format === undefined ? { value: basic } : { value: basic, numberFormat: format };
  }
  return { problem: `无法读取该单元格的数据类型${type ? `（${type.slice(0, 20)}）` : ''}` };
}

export const isProblem = (r: CellReading): r is { problem: string } => 'problem' in r;

/** Whether a value is "not filled" (never the same as 0). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A value quoted in a message, cut short so that a long cell does not fill the tooltip. */
export function quoted(value: unknown): string {
  // Objects may lack toString (Object.create(null)): only primitives are quoted.
  const text = value === null || typeof value !== 'object' ? String(value) : '（非文字的值）';
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
