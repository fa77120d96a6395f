import { deptGrid } from './deptGrid';
import { exactly, measured, type Figure } from './figures';

/**
 * Figure 3: context.sync() calls of the Office.js adapter on a mocked sheet (the fake
 * Excel of the adapter tests, test/support/mockExcel.ts), for the task pane's 检查
 * (read the active sheet, then check it in memory: target 1 sync) and 在表格中标注 of
 * every finding (target 1 read + 1 write), at 500 and 5,000 rows to show that the
 * count does not grow with the sheet.
 */
const SIZES = [
  { rows: 500, tag: '500' },
  { rows: 5_000, tag: '5k' },
];

export async function officeBench(): Promise<Figure[]> {
  await import('./outsideJest');
  const { fakeExcel, fakeState } = await import('../support/mockExcel');
  const { readActiveSheet } = await import('../../src/excel/readSheet');
  const { annotate } = await import('../../src/excel/annotate');
  const { browserSettingsStore } = await import('../../src/common/officeHelpers');
  const { checkGrid } = await import('../../src/core/check');

  const figures: Figure[] = [];
  for (const { rows, tag } of SIZES) {
    const grid = deptGrid(rows);
    const state = fakeState([grid]);
    const checking = fakeExcel(state);
    const read = await readActiveSheet(checking.run);
    const findings = checkGrid(read).flatMap((t) => t.findings);
    if (read.cells.length !== grid.cells.length || findings.length === 0) {
      throw new Error(`the fake sheet read back ${read.cells.length} of ${grid.cells.length} rows, ${findings.length} findings`);
    }
    const annotating = fakeExcel(state);
    const marked = await annotate(grid.sheet, findings, { run: annotating.run, store: browserSettingsStore(undefined), mode: 'notes' });
    figures.push(
      measured(`office.checkSyncs.${tag}`, `office: syncs, check active sheet (${tag} rows)`, sum(checking.syncs), '', exactly(1)),
      measured(`office.annotateSyncs.${tag}`, `office: syncs, annotate ${marked.cells} cells (${tag} rows)`, sum(annotating.syncs), '', exactly(2), '1 read + 1 write'),
    );
  }
  return figures;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
