import type { Notification } from '../../common/officeHelpers';
import type { Capabilities } from '../capabilities';
import { Notice } from './Notice';

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
      {!detecting && caps.cannotRead && <Notice intent="warning">{caps.cannotRead}</Notice>}
      {caps.mergesMissing && <Notice intent="warning">{`此版本的 Excel 不支持 ${caps.mergesMissing}：无法读取合并单元格，识别可能不完整。`}</Notice>}
      {message && (
        <Notice intent={message.intent} title={message.title} role={message.intent === 'error' ? 'alert' : 'status'} onDismiss={onDismiss}>
          {message.body}
        </Notice>
      )}
    </>
  );
}
