import type ExcelJS from 'exceljs';
import type { CellRef, TemplateSheet } from '../../src/core/template';
import type { DeptSeed, SeedRow } from '../support/seed000';

/** Writes a value into a template cell (0-based coordinates). */
function put(ws: ExcelJS.Worksheet, ref: CellRef, value: string | number | undefined): void {
  if (value !== undefined) ws.getCell(ref.row + 1, ref.col + 1).value = value;
}

/** Fills one indicator row: 三级 | 年度指标值 | 完成值 | 分值 | 得分 | 原因. */
function putRow(ws: ExcelJS.Worksheet, sheet: TemplateSheet, row: number, [name, target, actual, weight, score, reason]: SeedRow): void {
  const c = sheet.landmarks.columns;
  const cells: [number, string | number | undefined][] = [[c.name, name], [c.target, target], [c.actual, actual], [c.weight, weight], [c.score, score], [c.reason, reason]];
  for (const [col, value] of cells) put(ws, { row, col }, value);
}

/** Fills the rows of each 二级 block, in order; the template must have enough rows per 二级. */
function putBlocks(ws: ExcelJS.Worksheet, sheet: TemplateSheet, blocks: { label: string; rows: SeedRow[] }[]): void {
  for (const { label, rows } of blocks) {
    const slots = sheet.landmarks.indicatorRows.filter((r) => r.level2 === label);
    if (slots.length < rows.length) throw new Error(`template has ${slots.length} rows for ${label}, data ${rows.length}`);
    rows.forEach((data, i) => putRow(ws, sheet, slots[i].row, data));
  }
}

/** Fills a dept template worksheet with a seed, as a person would type it in. */
export function fillDeptTemplate(ws: ExcelJS.Worksheet, sheet: TemplateSheet, seed: DeptSeed): void {
  const L = sheet.landmarks;
  const c = L.columns;
  put(ws, L.unitCell, seed.unit);
  seed.funds.forEach(([budget, actual], i) => {
    put(ws, { row: L.fundsRows[i], col: c.fundsBudget }, budget);
    put(ws, { row: L.fundsRows[i], col: c.fundsActual }, actual);
  });
  put(ws, { row: L.gridHeaderRow - 2, col: 1 }, seed.goals[0]);
  put(ws, { row: L.gridHeaderRow - 2, col: 4 }, seed.goals[1]);
  for (const [label, weight, score] of seed.inputManagement) {
    const slot = L.indicatorRows.find((r) => r.level2 === label);
    if (!slot) throw new Error(`no 投入管理 row ${label}`);
    put(ws, { row: slot.row, col: c.weight }, weight);
    put(ws, { row: slot.row, col: c.score }, score);
  }
  for (const block of seed.blocks) {
    const first = L.indicatorRows.find((r) => r.level1 === block.level1);
    if (first && c.weight1 !== undefined) put(ws, { row: first.row, col: c.weight1 }, block.weight);
    putBlocks(ws, sheet, block.level2);
  }
}

/** A project to fill in: 本年财政拨款 funds and indicator rows by 二级. */
export interface ProjectCase {
  name: string;
  budget: number;
  actual: number;
  blocks: { label: string; rows: SeedRow[] }[];
}

/** Fills a project template worksheet: the funds go to 其中：本年财政拨款, the 总额 row adds them up. */
export function fillProjectTemplate(ws: ExcelJS.Worksheet, sheet: TemplateSheet, data: ProjectCase): void {
  const L = sheet.landmarks;
  const c = L.columns;
  put(ws, L.unitCell, data.name);
  const ownFunds = L.fundsRows[1];
  put(ws, { row: ownFunds, col: c.fundsInitial ?? c.fundsBudget }, data.budget);
  put(ws, { row: ownFunds, col: c.fundsBudget }, data.budget);
  put(ws, { row: ownFunds, col: c.fundsActual }, data.actual);
  putBlocks(ws, sheet, data.blocks);
}
