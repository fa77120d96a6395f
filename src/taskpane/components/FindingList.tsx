import { Badge, Caption1, Subtitle2, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useDeferredValue } from 'react';
import { adviceFor } from '../../common/findingAdvice';
import type { Finding } from '../../core/report/types';
import { groupBySeverity, SEVERITIES } from '../groupFindings';
import { SEVERITY_LABEL } from '../strings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { flexShrink: 0 },
  message: { overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  advice: { color: tokens.colorNeutralForeground3 },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingListProps {
  findings: Finding[];
  onSelect: (cell: string) => void;
}

/**
 * Findings grouped by severity; each is a button: click or Enter selects its cell in the sheet.
 * It renders one render behind its parent (useDeferredValue): nothing at first, the previous
 * list on a re-check, so the summary card beside it reaches the screen first.
 */
export function FindingList({ findings, onSelect }: FindingListProps) {
  const shown = useDeferredValue(findings, null);
  return shown === null ? null : <FindingGroups findings={shown} onSelect={onSelect} />;
}

function FindingGroups({ findings, onSelect }: FindingListProps) {
  const styles = useStyles();
  if (findings.length === 0) return <Caption1>没有发现问题。</Caption1>;
  const groups = groupBySeverity(findings);
  return (
    <>
      {SEVERITIES.filter((s) => groups[s].length > 0).map((s) => (
        <section key={s} className={styles.group} aria-label={`${SEVERITY_LABEL[s]}（${groups[s].length}）`}>
          <Subtitle2 as="h3" className={styles.heading}>{`${SEVERITY_LABEL[s]}（${groups[s].length}）`}</Subtitle2>
          <ul className={styles.list}>
            {groups[s].map((f, i) => (
              <li key={`${f.cell}-${f.code}-${i}`}>
                <button type="button" className={styles.item} title={`选中 ${f.cell}`} onClick={() => onSelect(f.cell)}>
                  <Badge className={styles.cell} appearance="outline" color={COLOR[s]}>
                    {f.cell}
                  </Badge>
                  <span className={styles.message}>
                    <span>{f.message}</span>
                    <span className={styles.advice}>{`怎么改：${adviceFor(f.code)}`}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
