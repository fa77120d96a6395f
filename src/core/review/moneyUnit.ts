import { displayText } from '../grid/displayText';
import type { Grid } from '../grid/types';

export type MoneyUnit = '万元' | '元';

const WAN = /万元/;
/** "(元)", "（元）", "单位：元", "金额(元)", a cell that is just "元". */
const YUAN = /[(（]\s*元\s*[)）]|单位\s*[:：]\s*元(?!\S*万)|^\s*元\s*$/;

/** How far above the first funds row a unit may stand (title, 单位：万元 line, two-row header). */
const LOOK_ABOVE = 6;

/**
 * The money unit the table states for its funds block ("项目资金(万元)", "整体支出规模(元)",
 * "单位：万元"), read from the grid: the stated unit nearest above the first funds row, or null.
 * The TableReport does not carry it (its `unit` is the reporting 单位).
 *
 * @param fundsRow 0-based sheet row of the first funds row
 */
export function statedMoneyUnit(grid: Grid, fundsRow: number): MoneyUnit | null {
  for (let row = fundsRow; row >= Math.max(grid.originRow, fundsRow - LOOK_ABOVE); row -= 1) {
    const cells = grid.cells[row - grid.originRow] ?? [];
    const texts = cells.map((c) => displayText(c));
    if (texts.some((t) => WAN.test(t))) return '万元';
    if (texts.some((t) => YUAN.test(t))) return '元';
  }
  return null;
}
