import { Button, makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DiamondDismissFilled, DismissRegular, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Notification } from '../../common/officeHelpers';

type Intent = Notification['intent'];

const ICON = { info: InfoFilled, success: CheckmarkCircleFilled, warning: WarningFilled, error: DiamondDismissFilled } as const;

/** The look of Fluent's multiline MessageBar, without its reflow, motion and announcer code (first-load size). */
const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '36px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM}`,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    ...typographyStyles.body1,
  },
  icon: { display: 'flex', fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground3 },
  body: { overflowWrap: 'anywhere', paddingRight: tokens.spacingHorizontalXS },
  title: { ...typographyStyles.body1Strong, '::after': { content: '" "' } },
  info: {},
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, ...shorthands.borderColor(tokens.colorStatusSuccessBorder1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...shorthands.borderColor(tokens.colorStatusWarningBorder1) },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, ...shorthands.borderColor(tokens.colorStatusDangerBorder1) },
});

const useIconColors = makeStyles({
  info: {},
  success: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  error: { color: tokens.colorStatusDangerForeground1 },
});

export interface NoticeProps {
  intent: Intent;
  title?: string;
  children?: string;
  /** 'alert' / 'status' for an action's outcome; none for a standing notice. */
  role?: 'alert' | 'status';
  /** Shows a 关闭消息 button. */
  onDismiss?: () => void;
}

/** A message in the pane: intent icon and colours, an optional bold title, the text, an optional close button. */
export function Notice({ intent, title, children, role, onDismiss }: NoticeProps) {
  const styles = useStyles();
  const iconColors = useIconColors();
  const Icon = ICON[intent];
  return (
    <div className={mergeClasses(styles.root, styles[intent])} role={role}>
      <span className={mergeClasses(styles.icon, iconColors[intent])} aria-hidden>
        <Icon />
      </span>
      <div className={styles.body}>
        {title && <span className={styles.title}>{title}</span>}
        {children}
      </div>
      {onDismiss && <Button appearance="transparent" aria-label="关闭消息" size="small" icon={<DismissRegular />} onClick={onDismiss} />}
    </div>
  );
}
