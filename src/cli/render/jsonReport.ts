import type { CheckReport, TableReport } from '../../core/report/types';
import type { Skipped } from '../check/collectInputs';
import type { FileEntry } from '../check/checkFile';

/** JSON.stringify(value, null, 2), its lines after the first indented to sit `spaces` deep in the report. */
function nested(value: unknown, spaces: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/** How the report is laid out: indented for a person at a terminal; piped, one line per file (a third of the bytes and the time). */
export type JsonLayout = 'indented' | 'line-per-file';

/** A file's entry as the contract has it: file, format, error, tables; findings without their message params. */
function contractEntry(f: FileEntry): unknown {
  return { file: f.file, format: f.format, error: f.error, tables: f.tables.map(contractTable) };
}

function contractTable(t: TableReport): TableReport {
  return { ...t, findings: t.findings.map(({ code, severity, cell, message }) => ({ code, severity, cell, message })) };
}

/**
 * Writes the --json report (spec/check-report.md) file by file, each entry one JSON.stringify,
 * so that only one workbook's report is in memory at a time. Indented, the whole text is what
 * JSON.stringify(report, null, 2) would give (JSON strings hold no raw newline, so indenting
 * each line of an entry places it exactly); line per file, what JSON.stringify(report) gives
 * with a line break before each file entry and before the closing bracket.
 */
export class JsonReportWriter {
  private files = 0;
  private readonly indented: boolean;

  constructor(
    private readonly out: (text: string) => void,
    rules: CheckReport['rules'],
    layout: JsonLayout = 'indented',
  ) {
    this.indented = layout === 'indented';
    out(this.indented ? `{\n  "schemaVersion": 1,\n  "rules": ${nested(rules, 2)},\n  "files": [` : `{"schemaVersion":1,"rules":${JSON.stringify(rules)},"files":[`);
  }

  file(f: FileEntry): void {
    const first = this.files++ === 0;
    if (this.indented) this.out(`${first ? '\n' : ',\n'}    ${nested(contractEntry(f), 4)}`);
    else this.out(`${first ? '\n' : ',\n'}${JSON.stringify(contractEntry(f))}`);
  }

  /** Closes the report with the folder walks' `skipped` list. */
  end(skipped: Skipped[]): void {
    if (this.indented) this.out(`${this.files ? '\n  ]' : ']'},\n  "skipped": ${nested(skipped, 2)}\n}\n`);
    else this.out(`${this.files ? '\n]' : ']'},"skipped":${JSON.stringify(skipped)}}\n`);
  }
}
