import type { Dec } from '../decimal';
import type { NumberField } from '../findings/codes/table';
import { makeFinding, type CellPos, type PlacedFinding } from '../findings/registry';
import type { CellValue } from '../recognize/types';
import { convertMoney, moneyWithUnit, type MoneyUnit } from '../value/moneyAmount';
import { readingValue, readNumberCell } from '../value/numberCell';

/** A number cell as read: its value, the cell where one belongs but none could be read, and the finding saying so. */
export interface NumberRead {
  value: Dec | null;
  /** The cell that holds something other than a number (left out of every sum). */
  unreadable: CellPos | null;
  findings: PlacedFinding[];
}

/**
 * Reads a 分值 / 得分 / 权重 / amount cell (rules.md §8.18): a number typed as text is read
 * (NUMBER_AS_TEXT info); anything else is UNREADABLE_NUMBER (warning) on that cell.
 */
export function readNumber(cell: CellValue | null, field: NumberField, name: string | null): NumberRead {
  const reading = readNumberCell(cell);
  if (cell === null || reading.kind === 'empty' || reading.kind === 'number') return { value: readingValue(reading), unreadable: null, findings: [] };
  const at = { row: cell.row, col: cell.col };
  if (reading.kind === 'text-number') {
    return { value: reading.value, unreadable: null, findings: [makeFinding('NUMBER_AS_TEXT', at, { field, text: reading.text, value: reading.value.toString() })] };
  }
  return { value: null, unreadable: at, findings: [makeFinding('UNREADABLE_NUMBER', at, { field, text: reading.text, name })] };
}

/**
 * Reads an amount cell (全年预算数 / 全年执行数 / 年初预算数): as readNumber, and an amount written with a
 * money unit ("4753.66万元", "1,000元") is read in that unit and converted to the table's stated unit
 * (rules.md §8.25), with NUMBER_AS_TEXT info; without a stated unit it is taken as written.
 */
export function readAmount(cell: CellValue | null, field: NumberField, name: string | null, tableUnit: MoneyUnit | null): NumberRead {
  const money = cell !== null && typeof cell.value !== 'number' ? moneyWithUnit(cell.text) : null;
  if (cell === null || money === null) return readNumber(cell, field, name);
  const converted = tableUnit !== null && tableUnit !== money.unit;
  const value = converted ? convertMoney(money.amount, money.unit, tableUnit) : money.amount;
  const shown = converted ? `${value.toString()}${tableUnit}` : value.toString();
  return { value, unreadable: null, findings: [makeFinding('NUMBER_AS_TEXT', { row: cell.row, col: cell.col }, { field, text: cell.text, value: shown })] };
}
