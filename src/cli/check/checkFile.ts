import { checkWorkbook } from '../../core/checkWorkbook';
import type { FileReport, Rounding } from '../../core/report/types';
import { writeAnnotatedCopy } from '../../xlsx/annotate';
import { WorkbookReadError } from '../../xlsx/readErrors';
import { readInputBytes, readWorkbook } from '../../xlsx/readWorkbook';
import { oneLine } from './oneLine';
import { loadPack, type PackSource } from './rulePackSource';

/** One file to check: plain data, so that it can be posted to a worker thread. */
export interface FileJob {
  /** Its place among the inputs (results are reported in this order). */
  index: number;
  /** As the user named it (the report's `file`). */
  file: string;
  abs: string;
  rounding: Rounding;
  pack: PackSource;
  /** An empty temporary folder for the annotated copy (placed under its final name by the caller), or null. */
  annotateDir: string | null;
}

/** A file's entry in the report (spec/check-report.md): `format` is what its content was, null when unread. */
export interface FileEntry extends FileReport {
  format: string | null;
}

export interface FileOutcome {
  index: number;
  entry: FileEntry;
  /** The annotated copy written in the job's temporary folder. */
  copy: string | null;
  /** Why the annotated copy could not be written (one line). */
  annotateError: string | null;
}

/**
 * Reads, checks and (with --annotate) marks one workbook. Never throws: what goes wrong
 * becomes the file's error (unreadable) or annotateError (the copy), each in one line.
 */
export async function checkFile(job: FileJob): Promise<FileOutcome> {
  const outcome: FileOutcome = { index: job.index, entry: { file: job.file, format: null, error: null, tables: [] }, copy: null, annotateError: null };
  let bytes: Buffer;
  try {
    bytes = await readInputBytes(job.abs);
    const { format, grids } = await readWorkbook(bytes, job.abs);
    outcome.entry.format = format;
    outcome.entry.tables = checkWorkbook(grids, { rounding: job.rounding, pack: loadPack(job.pack) });
  } catch (e) {
    outcome.entry.error = e instanceof WorkbookReadError ? e.message : `无法读取 / cannot read: ${oneLine(e)}`;
    return outcome;
  }
  if (job.annotateDir !== null) {
    try {
      outcome.copy = await writeAnnotatedCopy(bytes, job.abs, outcome.entry.tables, job.annotateDir);
    } catch (e) {
      outcome.annotateError = oneLine(e);
    }
  }
  return outcome;
}
