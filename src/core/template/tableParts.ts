import type { MergedArea } from '../grid/types';
import { columnArea, type PlacedBlock } from './indicatorGrid';
import type { SheetBuilder } from './sheetBuilder';
import { STYLE } from './styles';
import { templateSheetName } from './sheetName';
import type { CellRef, GridColumns, TemplateKind, TemplateLandmarks, TemplateSheet } from './types';

/** The last column of the printed table (I) and where the check block beside it starts (K). */
export const LAST_COL = 8;
export const CHECK_COL = 10;

/** Title and (YYYY年度) rows across the table. */
export function placeTitle(b: SheetBuilder, title: string, yearLine: string): void {
  b.area(0, 0, 0, LAST_COL, { value: title }, STYLE.title).height(0, 30);
  b.area(1, 0, 1, LAST_COL, { value: yearLine }, STYLE.subtitle).height(1, 20);
}

/** 年度总体目标: a label over two rows, two headed text blocks split at `splitCol`. */
export function placeGoals(b: SheetBuilder, top: number, headers: [string, string], splitCol: number): void {
  b.area(top, 0, top + 1, 0, { value: '年度总体目标' }, STYLE.strongLabel);
  b.area(top, 1, top, splitCol - 1, { value: headers[0] }, STYLE.header);
  b.area(top, splitCol, top, LAST_COL, { value: headers[1] }, STYLE.header);
  b.area(top + 1, 1, top + 1, splitCol - 1, {}, STYLE.inputLongText);
  b.area(top + 1, splitCol, top + 1, LAST_COL, {}, STYLE.inputLongText);
  b.height(top + 1, 120);
}

/** The indicator grid's header row. */
export function placeGridHeader(b: SheetBuilder, row: number, labels: [number, string][]): void {
  for (const [col, label] of labels) b.cell(row, col, { value: label }, STYLE.header);
  b.height(row, 30);
}

/** Extra cells a total adds to the grid's sums (the project funds row's 分值 and 得分). */
export interface TotalExtras {
  weight: CellRef[];
  score: CellRef[];
}

const single = (ref: CellRef): MergedArea => ({ top: ref.row, left: ref.col, bottom: ref.row, right: ref.col });

/**
 * The total row (label, Σ分值, Σ得分) and the grade row under it. The label sits left of 分值,
 * where the recogniser looks for 合计 / 总分; the grade row holds no number in 分值/得分.
 */
function placeTotals(b: SheetBuilder, cols: GridColumns, row: number, gridFirst: number, gridLast: number, label: string, extras: TotalExtras): { total: CellRef; weightTotal: CellRef } {
  const scoreArea = columnArea(cols.score, gridFirst, gridLast);
  b.area(row, 0, row, cols.weight - 1, { value: label }, STYLE.strongLabel);
  b.cell(row, cols.weight, { formula: { fn: 'sum', areas: [...extras.weight.map(single), columnArea(cols.weight, gridFirst, gridLast)] } }, STYLE.computedPoints);
  b.cell(row, cols.score, { formula: { fn: 'sum', areas: [...extras.score.map(single), scoreArea] } }, STYLE.computedPoints);
  b.cell(row, cols.reason, {}, STYLE.label);
  const total = { row, col: cols.score };
  b.area(row + 1, 0, row + 1, cols.weight - 1, { value: '自评等级（优≥90，良≥80，中≥60，差<60）' }, STYLE.strongLabel);
  b.area(row + 1, cols.weight, row + 1, LAST_COL, { formula: { fn: 'grade', total, scores: [scoreArea] } }, STYLE.computedText);
  b.height(row, 22).height(row + 1, 22);
  return { total, weightTotal: { row, col: cols.weight } };
}

/** One line of the check block: what is checked, its stated points, Σ分值, Σ得分 and whether they match. */
export interface CheckLine {
  label: string;
  points: CellRef | number;
  weights: MergedArea[];
  scores: MergedArea[];
  /** The result shows once any of these cells holds a number. */
  when: MergedArea[];
}

/** Check block labels: none of them is a header word of the recogniser (headerRoles.ts). */
export const CHECK_HEADERS = ['一级指标核对', '规定分数', '分值小计', '实得小计', '核对结果'];

/**
 * The check block beside the table (not printed): per 一级, Σ分值 and Σ得分 of its rows against
 * its stated points, and the same for the whole table against 100.
 */
function placeCheckBlock(b: SheetBuilder, headerRow: number, lines: CheckLine[], total: { weight: CellRef; score: CellRef; when: MergedArea[] }): void {
  const c = CHECK_COL;
  CHECK_HEADERS.forEach((h, i) => b.cell(headerRow, c + i, { value: h }, STYLE.header));
  const all = [...lines, { label: '合计', points: 100, weights: [single(total.weight)], scores: [single(total.score)], when: total.when }];
  all.forEach((line, i) => {
    const row = headerRow + 1 + i;
    const points: CellRef = { row, col: c + 1 };
    b.cell(row, c, { value: line.label }, STYLE.label);
    if (typeof line.points === 'number') b.cell(row, c + 1, { value: line.points }, STYLE.computedPoints);
    else b.cell(row, c + 1, { formula: { fn: 'sum', areas: [single(line.points)] } }, STYLE.computedPoints);
    b.cell(row, c + 2, { formula: { fn: 'sum', areas: line.weights } }, STYLE.computedPoints);
    b.cell(row, c + 3, { formula: { fn: 'sum', areas: line.scores } }, STYLE.computedPoints);
    b.cell(row, c + 4, { formula: { fn: 'matches', left: { row, col: c + 2 }, right: points, when: line.when } }, STYLE.computedText);
  });
}

/** Check lines for placed 一级 blocks. */
function blockCheckLines(cols: GridColumns, blocks: PlacedBlock[]): CheckLine[] {
  return blocks.map((blk) => ({
    label: blk.shortLabel,
    points: blk.points,
    weights: [columnArea(cols.weight, blk.first, blk.last)],
    scores: [columnArea(cols.score, blk.first, blk.last)],
    when: [columnArea(cols.weight, blk.first, blk.last)],
  }));
}

/** Column widths of the table (A–I), the gap (J) and the check block (K–O). */
function withCheckColumns(tableWidths: number[]): number[] {
  return [...tableWidths, 2, 14, 9, 9, 9, 9];
}

/** What a layout function knows once its grid is placed. */
export interface TableEnd {
  kind: TemplateKind;
  year: number;
  cols: GridColumns;
  gridHeaderRow: number;
  gridLast: number;
  /** 合计 (dept) or 总分 (project). */
  totalLabel: string;
  /** The project funds row's 分值 and 得分: part of the total and of the check block. */
  funds?: { weight: CellRef; score: CellRef };
  blocks: PlacedBlock[];
  /** Widths of columns A–I. */
  tableWidths: number[];
  landmarks: Pick<TemplateLandmarks, 'fundsRows' | 'indicatorRows' | 'columns' | 'unitCell'>;
}

/**
 * Closes a laid-out table: the total and grade rows, the check block beside the grid, and the
 * print setup (A4 landscape, one page wide, the grid header repeated, printed down to the grade row).
 */
export function closeTable(b: SheetBuilder, t: TableEnd): TemplateSheet {
  const first = t.gridHeaderRow + 1;
  const totalRow = t.gridLast + 1;
  const f = t.funds;
  const totals = placeTotals(b, t.cols, totalRow, first, t.gridLast, t.totalLabel, { weight: f ? [f.weight] : [], score: f ? [f.score] : [] });
  const fundsLines: CheckLine[] = f ? [{ label: '预算执行率', points: f.weight, weights: [single(f.weight)], scores: [single(f.score)], when: [single(f.weight)] }] : [];
  const when = [columnArea(t.cols.score, first, t.gridLast)];
  placeCheckBlock(b, t.gridHeaderRow, [...fundsLines, ...blockCheckLines(t.cols, t.blocks)], { weight: totals.weightTotal, score: totals.total, when });
  const gradeRow = totalRow + 1;
  return {
    kind: t.kind,
    year: t.year,
    sheetName: templateSheetName(t.year),
    cells: b.cells(),
    merges: b.merges,
    columnWidths: withCheckColumns(t.tableWidths),
    rowHeights: b.rowHeights,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: { top: t.gridHeaderRow, bottom: t.gridHeaderRow },
      area: { top: 0, left: 0, bottom: gradeRow, right: LAST_COL },
    },
    landmarks: { ...t.landmarks, gridHeaderRow: t.gridHeaderRow, totalRow, gradeRow },
  };
}
