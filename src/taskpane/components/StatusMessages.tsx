import type { Capabilities } from '../capabilities';
import { toNotification, type PaneMessage } from '../messages';
import { Notice } from './Notice';

export interface StatusMessagesProps {
  caps: Capabilities;
  detecting: boolean;
  message: PaneMessage | null;
  onDismiss: () => void;
}

/** The host's limits (always visible) and the last action's outcome. */
export function StatusMessages({ caps, detecting, message, onDismiss }: StatusMessagesProps) {
  const shown = message && toNotification(message);
  return (
    <>
      {!detecting && caps.cannotRead && <Notice intent="warning">{caps.cannotRead}</Notice>}
      {caps.mergesMissing && <Notice intent="warning">{`此版本的 Excel 不支持 ${caps.mergesMissing}：无法读取合并单元格，识别可能不完整。`}</Notice>}
      {shown && (
        <Notice intent={shown.intent} title={shown.title} role={shown.intent === 'error' ? 'alert' : 'status'} onDismiss={onDismiss}>
          {shown.body}
        </Notice>
      )}
    </>
  );
}
