import { Button, Caption1, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { TemplateKind } from '../services';
import { BusySpinner } from './BusySpinner';
import { usePaneStyles } from '../TaskPane.styles';

export interface TemplatePanelProps {
  available: boolean;
  busy: boolean;
  onInsert: (kind: TemplateKind, year: number) => void;
}

/** 插入模板: a blank table of the chosen kind and year on a new sheet. */
export function TemplatePanel({ available, busy, onInsert }: TemplatePanelProps) {
  const styles = usePaneStyles();
  const [kind, setKind] = useState<TemplateKind>('dept');
  // A self-evaluation is written for the year just ended.
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const valid = /^\d{4}$/.test(year);
  return (
    <div className={styles.form}>
      <Field label="表格类型">
        <Select className={styles.select} value={kind} onChange={(_e, d) => setKind(d.value as TemplateKind)}>
          <option value="dept">部门(单位)整体支出绩效自评表</option>
          <option value="project">项目支出绩效自评表</option>
        </Select>
      </Field>
      <Field label="年度" validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : '请输入四位年份'}>
        <Input type="number" value={year} onChange={(_e, d) => setYear(d.value)} />
      </Field>
      <Button disabled={!valid || busy} icon={busy ? <BusySpinner /> : undefined} onClick={() => onInsert(kind, Number(year))}>
        插入模板
      </Button>
      {!available && <Caption1 className={styles.hint}>插入模板功能尚未提供。</Caption1>}
    </div>
  );
}
