import type { TableReport } from '../../core/report/types';
import { LOOKED_FOR } from '../strings';
import type { CheckResult } from '../useTaskPane';
import { usePaneStyles } from '../TaskPane.styles';
import { FindingList } from './FindingList';
import { Notice } from './Notice';
import { TableSummaryCard } from './TableSummaryCard';

export interface ResultsProps {
  result: CheckResult;
  busy: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onInsertColumns: (table: TableReport) => void;
}

/**
 * The last check: a card and the findings per table, or why there is nothing. The cards come
 * first; the finding lists render just after (FindingList defers its findings), so a long
 * list never holds back the totals.
 */
export function Results({ result, busy, onSelect, onInsertColumns }: ResultsProps) {
  const styles = usePaneStyles();
  if (result.tables.length === 0)
    return (
      <Notice intent="info" title={result.settings.scope === 'all' ? '工作簿中没有找到自评表' : `工作表「${result.sheets[0] ?? ''}」中没有找到自评表`}>
        {result.settings.scope === 'all' ? LOOKED_FOR : `${LOOKED_FOR} 请切换到含有自评表的工作表后重试。`}
      </Notice>
    );
  return (
    <>
      {result.tables.map((t) => (
        <section key={`${t.sheet}!${t.range}`} className={styles.section} aria-label={`${t.sheet}!${t.range}`}>
          <TableSummaryCard table={t} onInsertColumns={onInsertColumns} disabled={busy} />
          <FindingList findings={t.findings} onSelect={(cell) => onSelect(t.sheet, cell)} />
        </section>
      ))}
    </>
  );
}
