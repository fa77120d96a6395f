import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Spinner,
  Title3,
} from '@fluentui/react-components';
import { ConfirmColumnsDialog } from './components/ConfirmColumnsDialog';
import { Results } from './components/Results';
import { SettingsPanel } from './components/SettingsPanel';
import { StatusMessages } from './components/StatusMessages';
import { TemplatePanel } from './components/TemplatePanel';
import type { TaskPaneServices } from './services';
import { MODE_LABEL } from './strings';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useTaskPane, type Busy } from './useTaskPane';

export interface TaskPaneProps {
  services: TaskPaneServices;
}

/** The 绩效自评助手 task pane. State and Excel calls live in useTaskPane. */
export function TaskPane({ services }: TaskPaneProps) {
  const styles = useTaskPaneStyles();
  const { state, actions } = useTaskPane(services);
  const { caps, busy, result } = state;
  const spin = (kind: Busy) => (busy === kind ? <Spinner size="tiny" /> : undefined);
  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header className={styles.header}>
        <Title3 as="h1">绩效自评助手</Title3>
        <Caption1 className={styles.hint}>
          {state.host === null ? '正在连接 Excel…' : caps.inExcel ? `Excel · ${state.host.platform ?? ''}` : '未连接 Excel'}
        </Caption1>
      </header>
      <StatusMessages caps={caps} detecting={state.host === null} message={state.message} onDismiss={actions.dismiss} />
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
        <Caption1 className={styles.hint}>
          {`标注方式：${MODE_LABEL[caps.annotationMode]}`}
          {caps.annotationMissing ? `（此版本的 Excel 不支持 ${caps.annotationMissing}）` : ''}
          {state.annotated ? '；工作簿中有本工具的标注。' : ''}
        </Caption1>
      )}
      <Results result={result} busy={busy !== null} onSelect={actions.select} onInsertColumns={(t) => void actions.insertColumns(t)} />
      <Accordion collapsible multiple>
        <AccordionItem value="template">
          <AccordionHeader as="h2">插入模板</AccordionHeader>
          <AccordionPanel>
            <TemplatePanel available={state.templateAvailable} busy={busy === 'template'} onInsert={(k, y) => void actions.insertTemplate(k, y)} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">设置</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel settings={state.settings} onChange={actions.changeSettings} checkedWith={result?.settings ?? null} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <ConfirmColumnsDialog plan={state.pendingColumns} onConfirm={actions.confirmColumns} onCancel={actions.cancelColumns} />
    </main>
  );
}
