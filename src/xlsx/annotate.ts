import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Finding, Severity, TableReport } from '../core/report/types';
import ExcelJSLib from 'exceljs';
import { WorkbookReadError } from './readErrors';

const FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * Writes a copy of the workbook `bytes` into `dir` as NAME.checked.xlsx (NAME.checked (2).xlsx …
 * when taken: never overwriting) with every finding marked on its cell: a fill by the
 * most severe finding and a note with the messages. The input file is never written.
 * @returns the path written
 */
export async function writeAnnotatedCopy(bytes: Buffer, inputName: string, tables: TableReport[], dir: string): Promise<string> {
  const wb = await loadWorkbook(bytes);
  for (const t of tables) {
    const ws = wb.getWorksheet(t.sheet);
    if (ws) markFindings(ws, t.findings);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  await fs.mkdir(dir, { recursive: true });
  return writeNew(dir, path.basename(inputName).replace(/\.xlsx$/i, ''), buf);
}

function markFindings(ws: ExcelJSLib.Worksheet, findings: Finding[]): void {
  const byCell = new Map<ExcelJSLib.Cell, Finding[]>();
  for (const f of findings) {
    const cell = ws.getCell(f.cell);
    const target = cell.isMerged ? cell.master : cell;
    byCell.set(target, [...(byCell.get(target) ?? []), f]);
  }
  for (const [cell, list] of byCell) {
    const worst = list.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    // Styles may be shared between cells after loading: give this cell its own copy.
    const style = JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJSLib.Style>;
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst.severity] } };
    cell.style = style;
    const text = list.map((f) => `【${LABEL[f.severity]}】${f.message}（${f.code}，${f.cell}）`).join('\n');
    const old = typeof cell.note === 'string' ? cell.note : cell.note ? (cell.note.texts ?? []).map((t) => t.text).join('') : '';
    cell.note = old ? `${old}\n${text}` : text;
  }
}

async function writeNew(dir: string, base: string, buf: Buffer): Promise<string> {
  for (let n = 1; ; n++) {
    const file = path.join(dir, n === 1 ? `${base}.checked.xlsx` : `${base}.checked (${n}).xlsx`);
    try {
      await fs.writeFile(file, buf, { flag: 'wx' });
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

async function loadWorkbook(buf: Buffer): Promise<ExcelJSLib.Workbook> {
  const wb = new ExcelJSLib.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return wb;
}
