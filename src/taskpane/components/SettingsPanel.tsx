import { Button, Caption1, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useState } from 'react';
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

/** A chosen file's text (FileReader: older WebViews lack Blob.text). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsText(file, 'utf-8');
  });
}

/** 执行率 convention and rule pack; saved with the workbook, applied at the next 识别并检查. */
export function SettingsPanel({ settings, onChange, checkedWith }: SettingsPanelProps) {
  const styles = usePaneStyles();
  const { rounding, pack, packFileError } = resolveSettings(settings);
  const [importError, setImportError] = useState<string | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await readText(file);
    const read = resolveSettings({ packFile: text });
    setImportError(read.packFileError ?? null);
    if (!read.packFileError) onChange({ packFile: text });
  };
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
        <Select className={styles.select} value={settings.packFile && !packFileError ? '' : pack.id} disabled={Boolean(settings.packFile && !packFileError)} onChange={(_e, d) => onChange({ packId: d.value })}>
          {settings.packFile && !packFileError && <option value="">{`${pack.name}（导入的文件）`}</option>}
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="导入规则包文件"
        hint="本地区的评分办法与内置的不同时，导入管理员提供的规则包文件（.json），随工作簿保存。"
        validationState={importError || packFileError ? 'error' : 'none'}
        validationMessage={importError ?? (packFileError ? `导入的规则包无法使用，已改用「${pack.name}」：${packFileError}` : undefined)}
      >
        <input type="file" accept=".json,application/json" aria-label="选择规则包文件" onChange={(e) => void importFile(e.target.files?.[0])} />
      </Field>
      {settings.packFile && (
        <Button size="small" onClick={() => onChange({ packFile: undefined })}>
          移除导入的规则包
        </Button>
      )}
      <Caption1 className={styles.hint} aria-label="当前规则包">{`当前规则包：${pack.name}`}</Caption1>
      <Caption1 className={styles.hint}>{stale ? '设置已更改：请重新点击「识别并检查」。' : '设置随工作簿保存。'}</Caption1>
    </div>
  );
}
