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
    out(`{\n  "schemaVersion": 1,\n  "rules": ${indented(rules, 1)},\n  "files": [`);
  }

  file(f: FileReport): void {
    this.out(`${this.files++ === 0 ? '\n' : ',\n'}    {\n      "file": ${JSON.stringify(f.file)},\n      "error": ${JSON.stringify(f.error)},\n      "tables": [`);
    f.tables.forEach((t, i) => this.out(`${i === 0 ? '\n' : ',\n'}        ${indented(contractTable(t), 4)}`));
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

/**
 * JSON.stringify(value, null, 2) with the lines after the first indented by 2 × depth more
 * spaces, as `value` sits at that depth of the report: stringified inside `depth` arrays, whose
 * brackets are then cut off, so the indentation is JSON.stringify's own (no second pass
 * re-indenting a table's text).
 */
function indented(value: unknown, depth: number): string {
  const json = JSON.stringify(wrapped(value, depth), null, 2);
  const { head, tail } = wrapping(depth);
  return json.slice(head, json.length - tail);
}

function wrapped(value: unknown, depth: number): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const wrappings = new Map<number, { head: number; tail: number }>();

/** How many characters the `depth` arrays add before and after the value. */
function wrapping(depth: number): { head: number; tail: number } {
  let w = wrappings.get(depth);
  if (!w) {
    const marker = JSON.stringify(wrapped(0, depth), null, 2);
    const at = marker.indexOf('0');
    w = { head: at, tail: marker.length - at - 1 };
    wrappings.set(depth, w);
  }
  return w;
}
