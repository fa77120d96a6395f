import type { CheckReport, FileReport, TableReport } from '../../core/report/types';

/**
 * Writes the --json report (spec/check-report.md) as it goes, file by file and table by
 * table, so that the report of many or large workbooks is never one string in memory.
 * The text is what JSON.stringify(report, null, 2) would give.
 */
export class JsonReportWriter {
  private files = 0;

  constructor(
    private readonly out: (text: string) => void,
    rules: CheckReport['rules'],
  ) {
    out(`{\n  "schemaVersion": 1,\n  "rules": ${indent(JSON.stringify(rules, null, 2), 2)},\n  "files": [`);
  }

  file(f: FileReport): void {
    this.out(`${this.files++ === 0 ? '\n' : ',\n'}    {\n      "file": ${JSON.stringify(f.file)},\n      "error": ${JSON.stringify(f.error)},\n      "tables": [`);
    f.tables.forEach((t, i) => this.out(`${i === 0 ? '\n' : ',\n'}        ${indent(JSON.stringify(contractTable(t), null, 2), 8)}`));
    this.out(f.tables.length ? '\n      ]\n    }' : ']\n    }');
  }

  end(): void {
    this.out(this.files ? '\n  ]\n}\n' : ']\n}\n');
  }
}

/** The table as the contract has it: findings without their message params. */
function contractTable(t: TableReport): TableReport {
  return { ...t, findings: t.findings.map(({ code, severity, cell, message }) => ({ code, severity, cell, message })) };
}

function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}
