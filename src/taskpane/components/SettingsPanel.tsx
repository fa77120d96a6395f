import { Caption1, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { Rounding } from '../../core/report/types';
import { packs } from '../../core/rules/rulePack';
import { ROUNDING_LABEL } from '../strings';
import { resolveSettings, sameCheck } from '../resolveSettings';
import type { PaneSettings } from '../settings';
import { usePaneStyles } from '../TaskPane.styles';

export interface SettingsPanelProps {
  settings: PaneSettings;
  onChange: (patch: Partial<PaneSettings>) => void;
  /** The settings of the check on screen, if any (other settings show a "re-check" hint). */
  checkedWith: PaneSettings | null;
}

/** 执行率 convention and rule pack; saved with the workbook, applied at the next 识别并检查. */
export function SettingsPanel({ settings, onChange, checkedWith }: SettingsPanelProps) {
  const styles = usePaneStyles();
  const { rounding, pack } = resolveSettings(settings);
  const stale = checkedWith !== null && !sameCheck(checkedWith, settings);
  return (
    <div className={styles.form}>
      <Field label="执行率保留两位小数的方式">
        <RadioGroup value={rounding} onChange={(_e, d) => onChange({ rounding: d.value as Rounding })}>
          {(Object.keys(ROUNDING_LABEL) as Rounding[]).map((r) => (
            <Radio key={r} value={r} label={ROUNDING_LABEL[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="规则包" hint="规则包是各地评分办法的一组设置（执行率取数、扣分档次、等级分数线）：选本单位适用的办法。">
        <Select className={styles.select} value={pack.id} onChange={(_e, d) => onChange({ packId: d.value })}>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 className={styles.hint}>{stale ? '设置已更改：请重新点击「识别并检查」。' : '设置随工作簿保存。'}</Caption1>
    </div>
  );
}
