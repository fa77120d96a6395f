import type { PlacedFinding } from '../findings/registry';
import { reportFinding } from '../findings/toReport';
import { fromA1 } from '../grid/address';
import type { Finding, TableReport } from '../report/types';

function position(f: Finding): [number, number] {
  const at = fromA1(f.cell);
  return at === null ? [Number.MAX_SAFE_INTEGER, 0] : [at.row, at.col];
}

/**
 * The table with findings of a post-pass added, all in sheet order (row, then column; the
 * table's own findings first among equal cells), as auditTable orders them. Unchanged when none.
 */
export function appendFindings(table: TableReport, added: readonly PlacedFinding[]): TableReport {
  if (added.length === 0) return table;
  const all = [...table.findings, ...added.map(reportFinding)].map((f, i) => ({ f, i, at: position(f) }));
  all.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i);
  return { ...table, findings: all.map(({ f }) => f) };
}
