import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { PendingColumns } from '../useTaskPane';

export interface ConfirmColumnsDialogProps {
  pending: PendingColumns | null;
  onConfirm: () => void;
  onCancel: () => void;
}

const SHOWN = 5;

/** Asks before 插入核算列 writes into cells that hold something (read from the sheet just now). */
export function ConfirmColumnsDialog({ pending, onConfirm, onCancel }: ConfirmColumnsDialogProps) {
  const cells = pending?.occupied ?? [];
  const list = cells.slice(0, SHOWN).join('、') + (cells.length > SHOWN ? ` 等 ${cells.length} 个单元格` : '');
  return (
    <Dialog open={pending !== null} onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>目标列不是空的</DialogTitle>
          <DialogContent>{`${pending?.plan.columns.join('、')} 列中已有内容（${list}）。插入核算列会覆盖这些单元格，是否继续？（可按 Ctrl+Z 撤销）`}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              覆盖并插入
            </Button>
            <Button onClick={onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
