import { isSetSupported, type RequirementSet } from '../common/officeHelpers';

/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, a mock context in
 * tests (which then count `context.sync()` calls).
 * `undoGroup` asks for all syncs of the batch to be one undo step (see excelRun).
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { undoGroup?: boolean }) => Promise<T>;

/** The requirement sets the adapter uses, named as the UI names them. */
export const REQUIRES = {
  /** getUsedRangeOrNullObject, Worksheet.getItemOrNullObject, Range.select. */
  read: { name: 'ExcelApi', version: '1.4' },
  /** Range.getMergedAreasOrNullObject. */
  merges: { name: 'ExcelApi', version: '1.13' },
  /** Range.getCellProperties / setCellProperties: the fills annotate restores. */
  cellProperties: { name: 'ExcelApi', version: '1.9' },
  /** Comments are added from 1.10, but finding our own again (CommentCollection.getItemOrNullObject) needs 1.14. */
  comments: { name: 'ExcelApi', version: '1.14' },
  notes: { name: 'ExcelApi', version: '1.18' },
  /** RunOptions.delayForCellEdit. */
  cellEdit: { name: 'ExcelApi', version: '1.11' },
  /** RunOptions.mergeUndoGroup. */
  undoGroup: { name: 'ExcelApi', version: '1.20' },
} as const satisfies Record<string, RequirementSet>;

/**
 * `Excel.run`. Every batch waits while the accountant is editing a cell
 * (`delayForCellEdit`, ExcelApi 1.11) instead of failing with a generic error.
 * With `undoGroup`, on hosts with ExcelApi 1.20 the batch runs with
 * `mergeUndoGroup: true`, so one Ctrl+Z takes back everything it wrote. Older hosts
 * have no grouping: our writes are still one Excel.run batch with a single write
 * sync, and on hosts without add-in undo (before ExcelApi 1.19) a write clears
 * Excel's undo stack — which is why 清除标注 restores exactly what was there.
 * A host that refuses to group one of our calls (error UndoNotSupported, raised
 * instead of running the batch) gets the batch again, ungrouped.
 */
export const excelRun: ExcelRun = async (batch, options) => {
  const base: Excel.RunOptions = isSetSupported(REQUIRES.cellEdit) ? { delayForCellEdit: true } : {};
  const plain = () => (Object.keys(base).length ? Excel.run(base, batch) : Excel.run(batch));
  if (!options?.undoGroup || !isSetSupported(REQUIRES.undoGroup)) return plain();
  try {
    return await Excel.run({ ...base, mergeUndoGroup: true }, batch);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'UndoNotSupported') throw e;
    return plain();
  }
};
