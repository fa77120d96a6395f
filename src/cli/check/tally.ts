import type { SummaryRow } from '../../xlsx/writeSummary';
import { headlineFunds } from '../render/html/returns';
import { countBySeverity } from '../render/text';
import type { FileEntry } from './checkFile';

export const NO_TABLE = '未找到自评表 / no self-evaluation table found';

/** What is kept of the reports once printed: counts for the last line and the exit status, summary rows. */
export class Tally {
  readonly summary: SummaryRow[] = [];
  private files = 0;
  private tables = 0;
  private unreadable = 0;
  /** Outputs of the run that could not be written (copies, summary, page): exit 2 as well. */
  private runErrors = 0;
  private readonly counts = { error: 0, warning: 0, info: 0 };

  /** `copy`: the file's annotated copy as the summary shows it (relative to the summary's folder), or null. */
  add(f: FileEntry, copy: string | null): void {
    this.files++;
    const empty = { sheet: null, kind: null, unit: null, year: null, total: null, grade: null, errors: null, warnings: null, copy };
    if (f.error) {
      this.unreadable++;
      this.summary.push({ file: f.file, ...empty, note: f.error, unreadable: true });
    } else if (f.tables.length === 0) this.summary.push({ file: f.file, ...empty, note: NO_TABLE });
    for (const t of f.tables) {
      const n = countBySeverity(t);
      this.tables++;
      this.counts.error += n.error;
      this.counts.warning += n.warning;
      this.counts.info += n.info;
      const rate = headlineFunds(t.budget)?.rate ?? null;
      const { score, grade } = t.total;
      this.summary.push({ file: f.file, sheet: t.sheet, kind: t.kind, unit: t.unit, year: t.year, total: score, grade, rate, errors: n.error, warnings: n.warning, infos: n.info, note: null, copy });
    }
  }

  runError(): void {
    this.runErrors++;
  }

  /** 2 when an input could not be read or an output not written, else 1 when an error finding exists, else 0. */
  exitStatus(): number {
    if (this.unreadable > 0 || this.runErrors > 0) return 2;
    return this.counts.error > 0 ? 1 : 0;
  }

  render(skipped: number): string {
    const c = this.counts;
    const unreadable = this.unreadable ? `（${this.unreadable} 个无法读取）` : '';
    const skips = skipped ? `，跳过 ${skipped} 项` : '';
    return `\n共 ${this.files} 个文件、${this.tables} 张表${unreadable}${skips}：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}\n`;
  }
}
