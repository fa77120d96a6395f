import { Button } from '@fluentui/react-components';
import { BusySpinner } from './components/BusySpinner';
import { Disclosure } from './components/Disclosure';
import { Lazy } from './components/Lazy';
import { StatusMessages } from './components/StatusMessages';
import { ConfirmColumnsDialog, DiagnosticsPanel, Results, SettingsPanel, TemplatePanel } from './lazyParts';
import type { TaskPaneServices } from './services';
import type { CheckScope } from './settings';
import { platformWords } from './diagnostics';
import { MODE_LABEL, SCOPE_LABEL } from './strings';
import { usePaneStyles } from './TaskPane.styles';
import { useLatch } from './useLatch';
import { usePreloadCheck } from './usePreloadCheck';
import { useTaskPane, type Busy } from './useTaskPane';

export interface TaskPaneProps {
  services: TaskPaneServices;
}

/**
 * The 绩效自评助手 task pane. State and Excel calls live in useTaskPane. The first paint is
 * the header, the actions and the messages; results, panels and the dialog load on demand.
 */
export function TaskPane({ services }: TaskPaneProps) {
  const styles = usePaneStyles();
  const { state, actions } = useTaskPane(services);
  const { caps, busy, result } = state;
  const spin = (kind: Busy) => (busy === kind ? <BusySpinner /> : undefined);
  const asked = useLatch(state.pendingColumns !== null);
  const scope: CheckScope = state.settings.scope ?? 'active';
  usePreloadCheck(caps.inExcel, services);
  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header className={styles.header}>
        <h1 className={styles.title}>绩效自评助手</h1>
        <span className={styles.hint}>
          {state.host === null ? '正在连接 Excel…' : caps.inExcel ? `已连接：${platformWords(state.host.platform)}` : '未连接 Excel'}
        </span>
      </header>
      <StatusMessages caps={caps} detecting={state.host === null} message={state.message} onDismiss={actions.dismiss} />
      <label className={styles.scope}>
        检查范围：
        <select
          className={styles.nativeSelect}
          value={scope}
          disabled={busy !== null}
          onChange={(e) => actions.changeSettings({ scope: e.target.value as CheckScope })}
        >
          {(Object.keys(SCOPE_LABEL) as CheckScope[]).map((s) => (
            <option key={s} value={s}>
              {SCOPE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.actions}>
        <Button appearance="primary" icon={spin('check')} disabled={busy !== null} onClick={() => void actions.check()}>
          识别并检查
        </Button>
        <Button icon={spin('annotate')} disabled={busy !== null} onClick={() => void actions.annotateAll()}>
          在表格中标注
        </Button>
        <Button icon={spin('clear')} disabled={busy !== null} onClick={() => void actions.clearMarks()}>
          清除标注
        </Button>
      </div>
      {caps.inExcel && !caps.cannotAnnotate && (
        <span className={styles.hint}>
          {`标注方式：${MODE_LABEL[caps.annotationMode]}`}
          {caps.annotationMissing ? `（此版本的 Excel 不支持 ${caps.annotationMissing}）` : ''}
          {state.annotated ? '；工作簿中有本工具的标注。' : ''}
        </span>
      )}
      {result ? (
        <Lazy>
          <Results result={result} busy={busy !== null} onSelect={actions.select} onInsertColumns={(t) => void actions.insertColumns(t)} />
        </Lazy>
      ) : (
        <span className={styles.hint}>{`点击「识别并检查」，检查${SCOPE_LABEL[scope]}中的绩效自评表。`}</span>
      )}
      <Disclosure title="插入模板">
        <TemplatePanel available={state.templateAvailable} busy={busy === 'template'} onInsert={(k, y) => void actions.insertTemplate(k, y)} />
      </Disclosure>
      <Disclosure title="设置">
        <SettingsPanel settings={state.settings} onChange={actions.changeSettings} checkedWith={result?.settings ?? null} />
      </Disclosure>
      <Disclosure title="诊断">
        <DiagnosticsPanel diagnostics={services.diagnostics()} supports={services.supports} inExcel={caps.inExcel} probe={services.probeFunctions} />
      </Disclosure>
      {asked && (
        <Lazy fallback={null}>
          <ConfirmColumnsDialog pending={state.pendingColumns} onConfirm={actions.confirmColumns} onCancel={actions.cancelColumns} />
        </Lazy>
      )}
    </main>
  );
}
