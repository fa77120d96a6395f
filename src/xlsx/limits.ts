import { WorkbookReadError } from './readErrors';

/**
 * Bounds on what one workbook may make us hold. A real return is well under 1 MB of
 * XML and 10^3–10^5 cells; these stop zip bombs and runaway sheets early, before the
 * memory is spent. Reading costs about 0.55 KB per cell (500,000 cells: 330 MB peak),
 * so 1,000,000 cells keep one file well under 1 GB.
 */
export interface ReadLimits {
  /** Decompressed bytes of one zip entry. */
  entryBytes: number;
  /** Decompressed bytes of the whole package (or the size of a file that is not a zip). */
  workbookBytes: number;
  /** Cells holding something, over all sheets. */
  cells: number;
  /** Members of a zip package (default MAX_MEMBERS). */
  members?: number;
}

/**
 * A return's package has 10–100 members (a workbook with a hundred charts about 600); a package
 * of more is refused before its directory is read further, however small each member.
 */
export const MAX_MEMBERS = 10_000;

export const DEFAULT_LIMITS: ReadLimits = { entryBytes: 200 * 2 ** 20, workbookBytes: 500 * 2 ** 20, cells: 1_000_000, members: MAX_MEMBERS };

const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** The error naming the limit that was crossed, in both languages. */
export function limitError(which: keyof ReadLimits, limits: ReadLimits, where?: string): WorkbookReadError {
  const at = where ? `（${where}）` : '';
  const text: Record<keyof ReadLimits, string> = {
    entryBytes: `单个部件解压后超过 ${mb(limits.entryBytes)}${at} / one part inflates to more than ${mb(limits.entryBytes)}`,
    workbookBytes: `工作簿解压后超过 ${mb(limits.workbookBytes)} / the workbook inflates to more than ${mb(limits.workbookBytes)}`,
    cells: `单元格超过 ${limits.cells.toLocaleString('en-US')} 个 / more than ${limits.cells.toLocaleString('en-US')} cells`,
    members: `压缩包成员超过 ${count(limits.members ?? MAX_MEMBERS)} 个 / more than ${count(limits.members ?? MAX_MEMBERS)} members in the package`,
  };
  return new WorkbookReadError('too-large', text[which]);
}
