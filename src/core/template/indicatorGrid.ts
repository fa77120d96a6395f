import type { MergedArea } from '../grid/types';
import type { SheetBuilder } from './sheetBuilder';
import { NON_NEGATIVE, STYLE } from './styles';
import type { CellRef, GridColumns, TemplateLandmarks } from './types';

export type { GridColumns } from './types';

/** A 二级指标 with the number of blank rows the template gives it. */
export interface Level2Spec {
  label: string;
  rows: number;
}

/** A 一级指标 block: its label (as printed), its points, and its 二级 blocks. */
export interface Level1Spec {
  label: string;
  /** Label of the 一级 without points, for the check block. */
  shortLabel: string;
  points: number;
  level2: Level2Spec[];
}

/** Shanghai's 投入管理指标: fixed 二级 rows with preset 分值 under one merged note. */
export interface FixedLevel1Spec {
  label: string;
  points: number;
  items: { label: string; points: number }[];
  note: string;
}

/** A laid-out 一级 block: where its rows are and where its points stand. */
export interface PlacedBlock {
  shortLabel: string;
  first: number;
  last: number;
  /** The 权重 cell (dept) or the points as a constant (project). */
  points: CellRef | number;
}

export interface PlacedGrid {
  indicatorRows: TemplateLandmarks['indicatorRows'];
  blocks: PlacedBlock[];
  /** The last grid row. */
  last: number;
}

/**
 * A 一级 block spec from its name, points and [二级, default rows] pairs; `pointsInLabel` prints
 * the points in the label as the MOF form does ("产出指标(50分)").
 */
export function level1(name: string, points: number, level2: [string, number][], pointsInLabel = false): Level1Spec {
  return { label: pointsInLabel ? `${name}(${points}分)` : name, shortLabel: name, points, level2: level2.map(([label, rows]) => ({ label, rows })) };
}

/** Row count per 二级 label from the caller's overrides; a 一级 keeps at least one row. */
export function applyRowCounts(spec: Level1Spec, rows: Partial<Record<string, number>> = {}): Level2Spec[] {
  const counted = spec.level2.map((l2) => ({ label: l2.label, rows: Math.max(0, Math.floor(rows[l2.label] ?? l2.rows)) })).filter((l2) => l2.rows > 0);
  return counted.length > 0 ? counted : [{ label: spec.level2[0].label, rows: 1 }];
}

function level1Cells(b: SheetBuilder, cols: GridColumns, first: number, last: number, label: string, points: number): PlacedBlock['points'] {
  b.area(first, cols.level1, last, cols.level1, { value: label }, STYLE.strongLabel);
  if (cols.weight1 === undefined) return points;
  b.area(first, cols.weight1, last, cols.weight1, { value: points, validation: NON_NEGATIVE }, STYLE.inputPoints);
  return { row: first, col: cols.weight1 };
}

function scoreCells(b: SheetBuilder, cols: GridColumns, row: number, weight?: number): void {
  b.cell(row, cols.weight, { value: weight, validation: NON_NEGATIVE }, STYLE.inputPoints);
  b.cell(row, cols.score, { validation: NON_NEGATIVE }, STYLE.inputPoints);
  b.cell(row, cols.reason, {}, STYLE.inputText);
}

/** The fixed 投入管理 block: one row per 二级 with its preset 分值, the 三级..完成值 columns one note. */
export function placeFixedBlock(b: SheetBuilder, cols: GridColumns, top: number, spec: FixedLevel1Spec): PlacedGrid {
  const last = top + spec.items.length - 1;
  const points = level1Cells(b, cols, top, last, spec.label, spec.points);
  b.area(top, cols.name, last, cols.actual, { value: spec.note }, STYLE.note);
  const indicatorRows = spec.items.map((item, i) => {
    b.cell(top + i, cols.level2, { value: item.label }, STYLE.label);
    scoreCells(b, cols, top + i, item.points);
    return { row: top + i, level1: spec.label, level2: item.label };
  });
  return { indicatorRows, blocks: [{ shortLabel: spec.label, first: top, last, points }], last };
}

/** 一级 blocks of blank indicator rows, 二级 labels merged down their rows. */
export function placeBlankBlocks(b: SheetBuilder, cols: GridColumns, top: number, specs: Level1Spec[], rows?: Partial<Record<string, number>>): PlacedGrid {
  const out: PlacedGrid = { indicatorRows: [], blocks: [], last: top - 1 };
  let row = top;
  for (const spec of specs) {
    const first = row;
    for (const l2 of applyRowCounts(spec, rows)) {
      b.area(row, cols.level2, row + l2.rows - 1, cols.level2, { value: l2.label }, STYLE.label);
      for (let i = 0; i < l2.rows; i++, row++) {
        for (const c of [cols.name, cols.target, cols.actual]) b.cell(row, c, {}, STYLE.inputText);
        scoreCells(b, cols, row);
        out.indicatorRows.push({ row, level1: spec.shortLabel, level2: l2.label });
      }
    }
    const points = level1Cells(b, cols, first, row - 1, spec.label, spec.points);
    out.blocks.push({ shortLabel: spec.shortLabel, first, last: row - 1, points });
  }
  out.last = row - 1;
  return out;
}

/** The column range of one grid column over rows first..last. */
export function columnArea(col: number, first: number, last: number): MergedArea {
  return { top: first, left: col, bottom: last, right: col };
}
