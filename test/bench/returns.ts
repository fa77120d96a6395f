import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rangeA1 } from '../../src/core/grid/address';
import type { Grid } from '../../src/core/grid/types';
import { mofProjectSheet } from '../realistic/variants';
import { merge, sheet, title } from '../realistic/layout';
import { buildWorkbook, type CellSpec, type SheetSpec } from '../xlsx/buildWorkbook';
import { deptGrid } from './deptGrid';
import { VALUE_FORMS, valuesOf } from './valueForms';

/**
 * A reviewer's folder of returns for the batch figure: `count` workbooks, each a few sheets of
 * the three table kinds with 30–150 indicator rows — a 部门整体支出 table laid out like seed 000
 * (deptGrid: merged 一级/二级 blocks, 0.00 formats), a MOF 项目支出 table (title, facts, funds
 * block, goals, merged sections, as test/realistic's variant (a)), a plan-actual report table —
 * and every tenth return as binary Excel 97–2003 (.xls, written by SheetJS, which the reader
 * reads by content). Every return differs in its rows, names and counts. The folder is kept in
 * the temp folder under the generator's version, so a second run does not write it again.
 */
const VERSION = 1;
const MIN_ROWS = 30;
const MAX_ROWS = 150;

export interface ReturnsFolder {
  dir: string;
  files: string[];
  /** How many are .xls. */
  xls: number;
  /** Tables per kind across the folder, to check that the command line found them all. */
  tables: number;
  writeMs: number;
  /** Whether the folder was kept from an earlier run (writeMs is then that run's). */
  reused: boolean;
}

export async function returnsFolder(count: number): Promise<ReturnsFolder> {
  const dir = path.join(os.tmpdir(), `perf-selfeval-bench-returns-v${VERSION}-${count}`);
  const done = path.join(dir, '.complete.json');
  if (fs.existsSync(done)) return { ...(JSON.parse(fs.readFileSync(done, 'utf8')) as ReturnsFolder), dir, reused: true };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const files: string[] = [];
  let tables = 0;
  let xls = 0;
  for (let i = 0; i < count; i++) {
    const sheets = returnSheets(i);
    tables += sheets.length;
    const xlsx = await buildWorkbook(sheets);
    const asXls = i % 10 === 9;
    const name = `${String(i + 1).padStart(4, '0')}-单位${i + 1}.${asXls ? 'xls' : 'xlsx'}`;
    fs.writeFileSync(path.join(dir, name), asXls ? await toXls(xlsx) : xlsx);
    if (asXls) xls++;
    files.push(name);
  }
  const folder: ReturnsFolder = { dir, files, xls, tables, writeMs: Math.round(performance.now() - started), reused: false };
  fs.writeFileSync(done, JSON.stringify(folder));
  return folder;
}

/** The sheets of return i: 2–3 tables of the three kinds, 30–150 rows each. */
export function returnSheets(i: number): SheetSpec[] {
  const rows = (k: number) => MIN_ROWS + ((i * 37 + k * 53) % (MAX_ROWS - MIN_ROWS + 1));
  const dept = () => gridSheet(deptGrid(rows(1), '部门整体支出', i + 1));
  const project = (k: number) => mofProjectSheet({ name: `项目支出${k}`, indicators: projectRows(rows(k + 1), i * 3 + k) });
  const planActual = () => planActualTable(rows(4), i);
  switch (i % 3) {
    case 0:
      return [dept(), planActual()];
    case 1:
      return [project(1), project(2)];
    default:
      return [dept(), project(1), planActual()];
  }
}

/** A Grid (deptGrid) as a sheet to write: values with their number formats, merges. */
function gridSheet(grid: Grid): SheetSpec {
  const rows: CellSpec[][] = grid.cells.map((row) =>
    Array.from(row ?? [], (cell) => (cell && cell.value !== null ? (cell.numberFormat && cell.numberFormat !== 'General' ? { v: cell.value as string | number, fmt: cell.numberFormat } : (cell.value as string | number)) : null)),
  );
  return { name: grid.sheet, rows, merges: grid.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)) };
}

const SECTIONS = [
  { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { name: '效益指标', level2: ['社会效益指标', '可持续影响指标'] },
  { name: '满意度指标', level2: ['服务对象满意度指标'] },
];

/** MOF grid rows: 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 原因 (null 一级/二级 = merged from above). */
function projectRows(n: number, variant: number): CellSpec[][] {
  return Array.from({ length: n }, (_, r) => {
    const serial = variant * MAX_ROWS + r;
    const form = VALUE_FORMS[serial % VALUE_FORMS.length];
    const section = SECTIONS[Math.min(SECTIONS.length - 1, Math.floor((r * SECTIONS.length) / n))];
    const first = r === 0 || SECTIONS[Math.min(SECTIONS.length - 1, Math.floor(((r - 1) * SECTIONS.length) / n))] !== section;
    const [target, actual] = valuesOf(form, serial);
    const weight = 0.5 + (serial % 2) * 0.5;
    const score = Math.round(weight * form.scoreShare * 100) / 100;
    const level2 = r % 5 === 0 || first ? section.level2[(r / 5) % section.level2.length | 0] : null;
    return [first ? section.name : null, level2, `${form.name}${serial + 1}`, target, actual, { v: weight, fmt: '0.00' }, { v: score, fmt: '0.00' }, form.reason ?? null];
  });
}

/** Header words of plan-actual tables as returns spell them (test/realistic, case aa). */
const PLAN_ACTUAL_HEADERS: CellSpec[][] = [
  ['一级指标', '指标名称', '年度计划', '全年完成情况'],
  ['指标类别', '绩效指标', '全年目标', '实际完成'],
  ['一级指标', '三级指标', '目标', '完成'],
];

/** A plan-actual report table: 一级 | 指标 | 目标 | 完成, 一级 merged down its rows. */
function planActualTable(n: number, variant: number): SheetSpec {
  const body: CellSpec[][] = [];
  const merges: string[] = [];
  const per = Math.ceil(n / SECTIONS.length);
  SECTIONS.forEach((section, s) => {
    const size = Math.min(per, n - s * per);
    for (let k = 0; k < size; k++) {
      const serial = variant * MAX_ROWS + s * per + k;
      const form = VALUE_FORMS[serial % VALUE_FORMS.length];
      const [target, actual] = valuesOf(form, serial);
      body.push([k === 0 ? section.name : null, `${form.name}${serial + 1}`, target, actual]);
    }
    if (size > 1) merges.push(merge(1 + s * per, 0, s * per + size));
  });
  const header = PLAN_ACTUAL_HEADERS[variant % PLAN_ACTUAL_HEADERS.length];
  return sheet('履职情况', [title(4, `某单位${2024 - (variant % 3)}年度部门整体支出绩效自评报告`), { rows: [header, ...body], merges }]);
}

/** The same workbook as binary Excel 97–2003 (BIFF8), as SheetJS writes it. */
async function toXls(xlsx: Buffer): Promise<Buffer> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.read(xlsx, { type: 'buffer', cellNF: true, cellStyles: true });
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Uint8Array);
}
