import type { FileReport, Severity, TableReport } from '../../core/report/types';
import { KIND_LABEL as KIND, SEVERITY_LABEL as SEVERITY } from '../../core/vocabulary';
import { visible } from './visible';

/**
 * The readable Chinese report of one file (the default output of `check`). Each line is made
 * visible: it quotes file, sheet, unit and indicator names, which may hold control characters.
 */
export function renderFileText(file: FileReport): string {
  const lines = [`■ ${file.file}`];
  if (file.error) lines.push(`  ${file.error}`);
  else if (file.tables.length === 0) lines.push('  未找到自评表 / no self-evaluation table found');
  for (const t of file.tables) lines.push(...renderTable(t));
  return lines.map(visible).join('\n') + '\n';
}

function renderTable(t: TableReport): string[] {
  const facts = [t.unit, t.year !== null ? `${t.year} 年度` : null].filter(Boolean).join('，');
  const lines = [``, `  [${t.sheet}!${t.range}] ${KIND[t.kind]}${facts ? `：${facts}` : ''}`];
  lines.push(`    指标 ${t.indicators.length} 项${deviationCount(t)}`);
  if (t.total.score !== null) {
    const recorded = t.total.recordedScore !== null ? `，填报总分 ${t.total.recordedScore}` : '';
    lines.push(`    分值合计 ${t.total.weight ?? '—'}，得分合计 ${t.total.score}${recorded}，等级 ${t.total.grade ?? '—'}`);
  }
  for (const b of t.budget) {
    const rate = b.rate !== null ? `${b.rate}%` : b.budget === null || b.actual === null ? '—（未填写预算数或执行数）' : '—（预算为 0）';
    const recorded = b.recordedRate !== null ? `（填报 ${b.recordedRate}）` : '';
    lines.push(`    执行率 ${b.label}：${rate}${recorded}`);
  }
  const counts = countBySeverity(t);
  if (t.findings.length === 0) lines.push('    未发现问题');
  else lines.push(`    发现：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`);
  for (const f of t.findings) lines.push(`      ${SEVERITY[f.severity]} ${f.cell} ${f.code}：${f.message}`);
  return lines;
}

function deviationCount(t: TableReport): string {
  const n = t.indicators.filter((i) => i.deviation === 'under' || i.deviation === 'partial' || i.deviation === 'over').length;
  return n > 0 ? `，其中有偏差 ${n} 项` : '';
}

export function countBySeverity(t: TableReport): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of t.findings) c[f.severity]++;
  return c;
}
