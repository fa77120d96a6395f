import { deptGrid } from './deptGrid';
import { exactly, measured, type Figure } from './figures';

/**
 * Figure office: context.sync() calls of the Office.js adapter on the strict Excel double
 * (test/support/mockExcel.ts over test/e2e/excelDouble.ts, Microsoft 365 profile) for the task
 * pane's three round trips: 识别并检查 of the active sheet (target 1 sync), of all sheets (2: the
 * sheet list, then every sheet) and 在表格中标注 of every finding (2: 1 read + 1 write), at 60 and
 * 1,000 rows, to show that the count does not grow with the sheet. A 5,000-row sheet is shown
 * beside them without a target: its 800-odd merged areas pass Excel's 512 per call, so the
 * adapter reads the merges again in bands (issue 13), which costs syncs on such sheets only.
 */
const SIZES = [
  { rows: 60, tag: '60', target: true },
  { rows: 1_000, tag: '1k', target: true },
  { rows: 5_000, tag: '5k', target: false },
];

export async function officeBench(): Promise<Figure[]> {
  await import('./outsideJest');
  const { fakeExcel, fakeWorkbook } = await import('../support/mockExcel');
  const { readActiveSheet, readAllSheets } = await import('../../src/excel/readSheet');
  const { annotate } = await import('../../src/excel/annotate');
  const { browserSettingsStore } = await import('../../src/common/officeHelpers');
  const { checkGrid } = await import('../../src/core/check');

  const figures: Figure[] = [];
  for (const { rows, tag, target } of SIZES) {
    const grid = deptGrid(rows);
    const note = target ? '' : `, ${grid.merges.length} merged areas`;
    const state = fakeWorkbook([grid, deptGrid(rows, '自评表2', 1)]);
    const checking = fakeExcel(state);
    const read = await readActiveSheet(checking.run);
    // A runner's syncs count every run since it was made: read each count before the next runner runs.
    const checkSyncs = sum(checking.syncs);
    const findings = checkGrid(read).flatMap((t) => t.findings);
    if (findings.length === 0) throw new Error(`the double's sheet of ${rows} rows gave no findings`);
    const allSheets = fakeExcel(state);
    const sheets = await readAllSheets(allSheets.run);
    if (sheets.length !== 2) throw new Error(`readAllSheets read ${sheets.length} of 2 sheets`);
    const allSheetsSyncs = sum(allSheets.syncs);
    const annotating = fakeExcel(state);
    const marked = await annotate(grid.sheet, findings, { run: annotating.run, store: browserSettingsStore(undefined), mode: 'notes' });
    figures.push(
      measured(`office.syncs.check.${tag}`, `office: syncs, check active sheet (${tag} rows${note})`, checkSyncs, '', target ? exactly(1) : null),
      measured(`office.syncs.allSheets.${tag}`, `office: syncs, check all sheets (2 × ${tag} rows${note})`, allSheetsSyncs, '', target ? exactly(2) : null),
      measured(`office.syncs.annotate.${tag}`, `office: syncs, annotate ${marked.cells} cells (${tag} rows), 1 read + 1 write`, sum(annotating.syncs), '', exactly(2)),
    );
  }
  return figures;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
