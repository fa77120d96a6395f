import { excelRun, type ExcelRun } from './run';

/** Whether Excel knows the PERF functions: 'registered', 'missing' (#NAME?), or 'pending' (still calculating). */
export type FunctionsProbe = 'registered' | 'missing' | 'pending';

/** The formula evaluated and the value it must give (PERF.RATE returns percentage points). */
export const PROBE = { formula: '=PERF.RATE(50,100)', expected: 50 } as const;

const POLLS = 10;
const POLL_MS = 200;

/**
 * Evaluates PERF.RATE(50,100) in Excel itself: on a new hidden sheet, read back, and the
 * sheet deleted again in the same batch (one undo step where the host groups it). This is
 * the only way to see what the accountant sees (#NAME? when the functions are not
 * registered); custom functions calculate asynchronously, so the value is read a few times.
 */
export async function probeFunctions(run: ExcelRun = excelRun, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<FunctionsProbe> {
  return run(
    async (context) => {
      const sheet = context.workbook.worksheets.add(`绩效自评助手诊断${Date.now() % 100000}`);
      sheet.visibility = 'Hidden';
      const cell = sheet.getRange('A1');
      cell.formulas = [[PROBE.formula]];
      let value: unknown = '#BUSY!';
      for (let i = 0; i < POLLS && (value === '#BUSY!' || value === '' || value === null); i++) {
        if (i > 0) await wait(POLL_MS);
        cell.load('values');
        await context.sync();
        value = cell.values[0]?.[0];
      }
      sheet.delete();
      await context.sync();
      if (value === PROBE.expected) return 'registered';
      return value === '#BUSY!' ? 'pending' : 'missing';
    },
    { undoGroup: true },
  );
}
