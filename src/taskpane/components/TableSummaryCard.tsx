import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableReport } from '../../core/report/types';
import { groupBySeverity } from '../groupFindings';
import { KIND_LABEL, SEVERITY_LABEL } from '../strings';

const useStyles = makeStyles({
  // The look of Fluent's Card, without its focus-management code (the card is not interactive).
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
  },
  header: { display: 'flex', flexDirection: 'column' },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** 插入核算列 in one line, where the button is. */
export const COLUMNS_HINT = '在表格右侧加两列公式：按规则重算的得分，以及该行是否须说明偏差原因；原表内容不变。';

const GRADE_COLOR = { 优: 'success', 良: 'brand', 中: 'warning', 差: 'danger' } as const;

export interface TableSummaryCardProps {
  table: TableReport;
  onInsertColumns?: (table: TableReport) => void;
  disabled?: boolean;
}

/** One recognised table: what it is, its total and grade, and how many findings of each severity. */
export function TableSummaryCard({ table, onInsertColumns, disabled }: TableSummaryCardProps) {
  const styles = useStyles();
  const groups = groupBySeverity(table.findings);
  const scored = table.kind !== 'plan-actual';
  return (
    <div role="group" className={styles.card} aria-label={`${KIND_LABEL[table.kind]} 摘要`}>
      <div className={styles.header}>
        <Subtitle2>{KIND_LABEL[table.kind]}</Subtitle2>
        <Caption1>{`${table.sheet}!${table.range}`}</Caption1>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>单位</dt>
        <dd className={styles.value}>{table.unit ?? '—'}</dd>
        <dt className={styles.term}>年度</dt>
        <dd className={styles.value}>{table.year ?? '—'}</dd>
        <dt className={styles.term}>指标</dt>
        <dd className={styles.value}>{`${table.indicators.length} 项`}</dd>
        {scored && (
          <>
            <dt className={styles.term}>总分</dt>
            <dd className={styles.value}>
              <Text weight="semibold">{table.total.score ?? '—'}</Text>
              {table.total.grade && (
                <>
                  {' '}
                  <Badge color={GRADE_COLOR[table.total.grade]} aria-label={`等级 ${table.total.grade}`}>
                    {table.total.grade}
                  </Badge>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <div className={styles.badges}>
        <Badge appearance="tint" color={groups.error.length ? 'danger' : 'success'}>{`${SEVERITY_LABEL.error} ${groups.error.length}`}</Badge>
        <Badge appearance="tint" color={groups.warning.length ? 'warning' : 'success'}>{`${SEVERITY_LABEL.warning} ${groups.warning.length}`}</Badge>
        <Badge appearance="tint" color="informative">{`${SEVERITY_LABEL.info} ${groups.info.length}`}</Badge>
      </div>
      {scored && onInsertColumns && (
        <div className={styles.header}>
          <Button size="small" disabled={disabled} onClick={() => onInsertColumns(table)}>
            插入核算列
          </Button>
          <Caption1 className={styles.term}>{COLUMNS_HINT}</Caption1>
        </div>
      )}
    </div>
  );
}
