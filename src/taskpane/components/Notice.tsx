import { Button, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DiamondDismissFilled, DismissRegular, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { CSSProperties } from 'react';
import type { Notification } from '../../common/officeHelpers';

type Intent = Notification['intent'];

const ICON = { info: InfoFilled, success: CheckmarkCircleFilled, warning: WarningFilled, error: DiamondDismissFilled } as const;

/** Background, border and icon colour per intent, as Fluent's MessageBar has them. */
const COLORS: Record<Intent, { background: string; border: string; icon: string }> = {
  info: { background: tokens.colorNeutralBackground3, border: tokens.colorNeutralStroke1, icon: tokens.colorNeutralForeground3 },
  success: { background: tokens.colorStatusSuccessBackground1, border: tokens.colorStatusSuccessBorder1, icon: tokens.colorStatusSuccessForeground1 },
  warning: { background: tokens.colorStatusWarningBackground1, border: tokens.colorStatusWarningBorder1, icon: tokens.colorStatusWarningForeground3 },
  error: { background: tokens.colorStatusDangerBackground1, border: tokens.colorStatusDangerBorder1, icon: tokens.colorStatusDangerForeground1 },
};

/** The look of Fluent's multiline MessageBar, without its reflow, motion and announcer code (first-load size; see TaskPane.styles). */
const STYLES = {
  root: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '36px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ...typographyStyles.body1,
  },
  icon: { display: 'flex', fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase300 },
  body: { overflowWrap: 'anywhere', paddingRight: tokens.spacingHorizontalXS },
  title: { ...typographyStyles.body1Strong, marginRight: '0.25em' },
} satisfies Record<string, CSSProperties>;

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
  const colors = COLORS[intent];
  const Icon = ICON[intent];
  return (
    <div style={{ ...STYLES.root, backgroundColor: colors.background, border: `${tokens.strokeWidthThin} solid ${colors.border}` }} role={role}>
      <span style={{ ...STYLES.icon, color: colors.icon }} aria-hidden>
        <Icon />
      </span>
      <div style={STYLES.body}>
        {title && <span style={STYLES.title}>{title}</span>}
        {children}
      </div>
      {onDismiss && <Button appearance="transparent" aria-label="关闭消息" size="small" icon={<DismissRegular />} onClick={onDismiss} />}
    </div>
  );
}
