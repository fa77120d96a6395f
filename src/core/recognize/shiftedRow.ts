import type { SheetView } from '../grid/sheetView';
import { cleanName, holdsNumber, isBareNumber, ownValue } from './cells';
import type { CellValue } from './types';

export interface ShiftedRow {
  level1: string | null;
  level1Points: CellValue | null;
  level2: string | null;
  name: string;
  target: CellValue | null;
  actual: CellValue | null;
  weight: CellValue;
  score: CellValue;
  reason: CellValue | null;
}

const LEVEL1 = /^(投入管理|产出|效益|满意度|成本|预算执行|项目管理|决策|过程)/;

/**
 * rules.md §7.15 fallback for rows whose cells do not sit under their headers (merged
 * cells shifted them): the last two bare numbers are 分值 and 得分, the two non-empty
 * cells before them 指标值 and 完成值, the text before that the name (and 二级 / 一级
 * labels before it). Null when the row does not have that shape.
 */
export function readShiftedRow(view: SheetView, row: number, left: number, right: number): ShiftedRow | null {
  const cells: CellValue[] = [];
  for (let c = left; c <= right; c++) {
    const v = ownValue(view, row, c);
    if (v) cells.push(v);
  }
  const numbers = cells.map((v, i) => (holdsNumber(v) ? i : -1)).filter((i) => i >= 0);
  if (numbers.length < 2) return null;
  const wi = numbers[numbers.length - 2];
  const si = numbers[numbers.length - 1];
  if (si !== wi + 1 || wi < 3) return null;
  const reason = cells.slice(si + 1).find((v) => !holdsNumber(v)) ?? null;
  const [target, actual] = [cells[wi - 2], cells[wi - 1]];
  const before = cells.slice(0, wi - 2);
  const nameCell = before[before.length - 1];
  if (!nameCell || isBareNumber(nameCell)) return null;
  const out: ShiftedRow = {
    level1: null,
    level1Points: null,
    level2: null,
    name: cleanName(nameCell.text),
    target,
    actual,
    weight: cells[wi],
    score: cells[si],
    reason,
  };
  for (const v of before.slice(0, -1)) {
    if (isBareNumber(v)) out.level1Points = out.level1 !== null ? v : out.level1Points;
    else if (LEVEL1.test(v.text) && out.level1 === null && out.level2 === null) out.level1 = cleanName(v.text);
    else out.level2 = cleanName(v.text);
  }
  return out;
}
