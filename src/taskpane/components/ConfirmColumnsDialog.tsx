import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { CheckColumnsPlan } from '../../excel/checkColumnsPlan';

export interface ConfirmColumnsDialogProps {
  plan: CheckColumnsPlan | null;
  onConfirm: () => void;
  onCancel: () => void;
}

const SHOWN = 5;

/** Asks before 插入核算列 writes into cells that already hold something. */
export function ConfirmColumnsDialog({ plan, onConfirm, onCancel }: ConfirmColumnsDialogProps) {
  const cells = plan?.occupied ?? [];
  const list = cells.slice(0, SHOWN).join('、') + (cells.length > SHOWN ? ` 等 ${cells.length} 个单元格` : '');
  return (
    <Dialog open={plan !== null} onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>目标列不是空的</DialogTitle>
          <DialogContent>{`${plan?.columns.join('、')} 列中已有内容（${list}）。插入核算列会覆盖这些单元格，是否继续？`}</DialogContent>
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
