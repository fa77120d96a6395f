import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Notification } from '../../common/officeHelpers';

export interface NoticeProps {
  intent: Notification['intent'];
  title?: string;
  children?: string;
  /** 'alert' / 'status' for an action's outcome; none for a standing notice. */
  role?: 'alert' | 'status';
  /** Shows a 关闭消息 button. */
  onDismiss?: () => void;
}

/** A message in the pane: Fluent's multiline MessageBar with an optional bold title and a close button. */
export function Notice({ intent, title, children, role, onDismiss }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" role={role} politeness={role === 'alert' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {onDismiss && <MessageBarActions containerAction={<Button appearance="transparent" aria-label="关闭消息" size="small" icon={<DismissRegular />} onClick={onDismiss} />} />}
    </MessageBar>
  );
}
