import { Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import { errorMessage, type RequirementSet } from '../../common/officeHelpers';
import { ADDIN_VERSION } from '../../common/version';
import type { FunctionsProbe } from '../../excel/probeFunctions';
import { diagnosticAdvice, diagnosticFacts } from '../diagnostics';
import type { HostDiagnostics } from '../services';
import { usePaneStyles } from '../TaskPane.styles';
import { BusySpinner } from './BusySpinner';

export interface DiagnosticsPanelProps {
  diagnostics: HostDiagnostics;
  supports: (set: RequirementSet) => boolean;
  inExcel: boolean;
  probe: () => Promise<FunctionsProbe>;
}

/** 诊断: for the accountant who sees #NAME? — versions, what the host supports, whether PERF works, what to do. */
export function DiagnosticsPanel({ diagnostics, supports, inExcel, probe }: DiagnosticsPanelProps) {
  const styles = usePaneStyles();
  const facts = diagnosticFacts(diagnostics, supports);
  const [result, setResult] = useState<FunctionsProbe | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      setResult(await probe());
    } catch (e) {
      setFailed(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const functions = result === 'registered' ? '已注册，可以使用' : result === 'missing' ? '未注册（#NAME?）' : result === 'pending' ? '仍在计算' : '尚未检查';
  return (
    <div className={styles.form}>
      <dl className={styles.facts} aria-label="诊断信息">
        <dt>加载项版本</dt>
        <dd className={styles.fact}>{ADDIN_VERSION}</dd>
        <dt>Excel</dt>
        <dd className={styles.fact}>{`${facts.platform}，版本 ${facts.version}`}</dd>
        <dt>支持的接口</dt>
        <dd className={styles.fact}>{`最高 ${facts.excelApi}；共享运行时${facts.sharedRuntime ? '可用' : '不可用'}`}</dd>
        <dt>PERF 函数</dt>
        <dd className={styles.fact}>{functions}</dd>
      </dl>
      <Button disabled={!inExcel || busy} icon={busy ? <BusySpinner /> : undefined} onClick={() => void run()}>
        检查 PERF 函数
      </Button>
      {failed && <Caption1 role="alert">{`检查失败：${failed}`}</Caption1>}
      <div role="status" className={styles.advice}>
        {diagnosticAdvice(facts, result).map((line) => (
          <Caption1 key={line} block>
            {line}
          </Caption1>
        ))}
      </div>
      <a href="help.html" target="_blank" rel="noreferrer" className={styles.hint}>
        打开帮助：函数用法、安装步骤、每条提示的含义
      </a>
    </div>
  );
}
