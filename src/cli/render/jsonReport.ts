import type { CheckReport, TableReport } from '../../core/report/types';
import type { Skipped } from '../check/collectInputs';
import type { FileEntry } from '../check/checkFile';

/** JSON.stringify(value, null, 2), its lines after the first indented to sit `spaces` deep in the report. */
function nested(value: unknown, spaces: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/** A file's entry as the contract has it: file, format, error, tables; findings without their message params. */
function contractEntry(f: FileEntry): unknown {
  return { file: f.file, format: f.format, error: f.error, tables: f.tables.map(contractTable) };
}

function contractTable(t: TableReport): TableReport {
  return { ...t, findings: t.findings.map(({ code, severity, cell, message }) => ({ code, severity, cell, message })) };
}

/**
 * Writes the --json report (spec/check-report.md) file by file, each entry one JSON.stringify,
 * so that only one workbook's report is in memory at a time. The whole text is what
 * JSON.stringify(report, null, 2) would give (JSON strings hold no raw newline, so indenting
 * each line of an entry places it exactly).
 */
export class JsonReportWriter {
  private files = 0;

  constructor(
    private readonly out: (text: string) => void,
    rules: CheckReport['rules'],
  ) {
    out(`{\n  "schemaVersion": 1,\n  "rules": ${nested(rules, 2)},\n  "files": [`);
  }

  file(f: FileEntry): void {
    this.out(`${this.files++ === 0 ? '\n' : ',\n'}    ${nested(contractEntry(f), 4)}`);
  }

  /** Closes the report with the folder walks' `skipped` list. */
  end(skipped: Skipped[]): void {
    this.out(`${this.files ? '\n  ]' : ']'},\n  "skipped": ${nested(skipped, 2)}\n}\n`);
  }
}
