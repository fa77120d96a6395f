import type { FundsReport, IndicatorReport, TableReport } from '../report/types';

/**
 * TableReports made by hand for the post-passes' unit tests (they need nothing from the
 * recogniser): every field a plain default unless given.
 */
export function indicatorRow(row: number, fields: Partial<IndicatorReport> = {}): IndicatorReport {
  return {
    row,
    level1: null,
    level2: null,
    name: `指标${row}`,
    target: null,
    actual: null,
    weight: null,
    score: null,
    expectedScore: null,
    deviation: 'none',
    reason: null,
    cells: { name: `C${row}`, target: `D${row}`, actual: `E${row}`, reason: `H${row}` },
    ...fields,
  };
}

export function fundsRow(row: number, label: string, budget: string | null, actual: string | null, rate: string | null = null): FundsReport {
  return {
    label,
    budget,
    actual,
    recordedRate: null,
    rate,
    weight: null,
    score: null,
    expectedScore: null,
    cell: `G${row}`,
    cells: { label: `A${row}`, budget: `D${row}`, actual: `E${row}`, rate: `G${row}` },
  };
}

export function tableReport(fields: Partial<TableReport> = {}): TableReport {
  return {
    sheet: 'Sheet1',
    kind: 'project',
    range: 'A1:H40',
    unit: null,
    year: null,
    columns: {},
    budget: [],
    indicators: [],
    total: { weight: null, score: null, recordedScore: null, grade: null, cappedScore: null, cappedGrade: null },
    findings: [],
    ...fields,
  };
}
