import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Notification } from '../../common/officeHelpers';
import type { Capabilities } from '../capabilities';

export interface StatusMessagesProps {
  caps: Capabilities;
  detecting: boolean;
  message: Notification | null;
  onDismiss: () => void;
}

/** The host's limits (always visible) and the last action's outcome. */
export function StatusMessages({ caps, detecting, message, onDismiss }: StatusMessagesProps) {
  return (
    <>
      {!detecting && caps.cannotRead && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{caps.cannotRead}</MessageBarBody>
        </MessageBar>
      )}
      {caps.mergesMissing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`此版本的 Excel 不支持 ${caps.mergesMissing}：无法读取合并单元格，识别可能不完整。`}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline" role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle>
            {message.body}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="关闭消息" size="small" icon={<DismissRegular />} onClick={onDismiss} />} />
        </MessageBar>
      )}
    </>
  );
}
