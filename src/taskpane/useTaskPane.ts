import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage, OUTSIDE_OFFICE, readJson, writeJson, type HostInfo, type Notification } from '../common/officeHelpers';
import type { Grid } from '../core/grid/types';
import type { Finding, TableReport } from '../core/report/types';
import type { CheckColumnsPlan } from '../excel/checkColumnsPlan';
import { capabilities, type Capabilities } from './capabilities';
import { loadEngine } from './loadEngine';
import type { TaskPaneServices, TemplateKind } from './services';
import { SETTINGS_KEY, type PaneSettings } from './settings';
import { ACTION_LABEL } from './strings';

export type Busy = 'check' | 'annotate' | 'clear' | 'columns' | 'template' | null;

export interface CheckResult {
  /** The sheets read: the active one, or every sheet of the workbook. */
  grids: Grid[];
  tables: TableReport[];
  /** The settings the check ran with (a later change shows a "re-check" hint). */
  settings: PaneSettings;
}

export interface TaskPaneState {
  host: HostInfo | null;
  caps: Capabilities;
  busy: Busy;
  result: CheckResult | null;
  message: Notification | null;
  settings: PaneSettings;
  /** A 核算列 plan waiting for the user to confirm overwriting non-empty cells. */
  pendingColumns: CheckColumnsPlan | null;
  annotated: boolean;
  templateAvailable: boolean;
}

/** What a failed action says: Excel's own message, or that a part of the pane could not be loaded. */
function failure(e: unknown): Notification {
  // webpack names a failed import() so: offline, or a newer version deployed while the pane was open.
  if (e instanceof Error && e.name === 'ChunkLoadError')
    return { intent: 'error', title: '无法加载本工具的组件，未做任何更改', body: '请检查网络，然后关闭并重新打开任务窗格。' };
  return { intent: 'error', title: 'Excel 报告了错误，未做任何更改', body: errorMessage(e) };
}

/** Holds the pane's state; every action runs on demand (a click), never on render. */
export function useTaskPane(services: TaskPaneServices) {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [message, setMessage] = useState<Notification | null>(null);
  const [settings, setSettings] = useState<PaneSettings>(() => readJson<PaneSettings>(services.store, SETTINGS_KEY) ?? {});
  const [pendingColumns, setPendingColumns] = useState<CheckColumnsPlan | null>(null);
  const [annotated, setAnnotated] = useState(false);
  const busyRef = useRef<Busy>(null);

  useEffect(() => {
    let live = true;
    services.detectHost().then(
      (h) => {
        if (!live) return;
        setHost(h);
        // Only for the hint under the buttons: if the record cannot be read, the pane just does not mention it.
        if (h.inOffice) services.annotatedSheets().then((sheets) => live && setAnnotated(sheets.length > 0), () => undefined);
      },
      () => live && setHost(OUTSIDE_OFFICE),
    );
    return () => {
      live = false;
    };
  }, [services]);

  const caps = useMemo(() => capabilities(host ?? OUTSIDE_OFFICE, services.supports), [host, services]);

  /** Runs one action at a time; an error shows Excel's message and changes nothing else. */
  const act = useCallback(async (kind: Exclude<Busy, null>, why: string | null, action: () => Promise<Notification | null>) => {
    if (busyRef.current) return;
    if (why) {
      // The host's own limit is already on screen: the button only says it cannot run here.
      setMessage(why === caps.cannotRead ? { intent: 'warning', title: `「${ACTION_LABEL[kind]}」需要在 Excel 中运行` } : { intent: 'warning', title: why });
      return;
    }
    busyRef.current = kind;
    setBusy(kind);
    try {
      setMessage(await action());
    } catch (e) {
      setMessage(failure(e));
    } finally {
      busyRef.current = null;
      setBusy(null);
    }
  }, [caps.cannotRead]);

  const check = () =>
    act('check', caps.cannotRead, async () => {
      const options = { merges: !caps.mergesMissing };
      const grids = settings.scope === 'all' ? await services.readAllSheets(options) : [await services.readActiveSheet(options)];
      const tables: TableReport[] = [];
      for (const grid of grids) tables.push(...(await services.check(grid, settings)));
      setResult({ grids, tables, settings });
      if (tables.length === 0) return null; // the pane shows what it looked for
      const errors = tables.reduce((n, t) => n + t.findings.filter((f) => f.severity === 'error').length, 0);
      return errors > 0
        ? { intent: 'warning', title: `检查完成：发现 ${errors} 个错误` }
        : { intent: 'success', title: `检查完成：识别到 ${tables.length} 张表，没有错误` };
    });

  const annotateAll = () =>
    act('annotate', caps.cannotAnnotate ?? (result?.tables.length ? null : '请先点击「识别并检查」'), async () => {
      const bySheet = new Map<string, Finding[]>();
      for (const t of result!.tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), ...t.findings]);
      let cells = 0;
      for (const [sheet, findings] of bySheet) cells += (await services.annotate(sheet, findings, caps.annotationMode)).cells;
      setAnnotated(cells > 0);
      return { intent: 'success', title: cells > 0 ? `已标注 ${cells} 个单元格` : '没有需要标注的单元格' };
    });

  const clearMarks = () =>
    act('clear', caps.cannotAnnotate, async () => {
      let cells = 0;
      for (const sheet of await services.annotatedSheets()) cells += (await services.clearAnnotations(sheet)).cells;
      setAnnotated(false);
      return { intent: 'success', title: cells > 0 ? `已清除 ${cells} 个单元格的标注，恢复原有填充与备注` : '没有本工具留下的标注' };
    });

  const writeColumns = (plan: CheckColumnsPlan) =>
    act('columns', null, async () => {
      setPendingColumns(null);
      const { rows } = await services.insertCheckColumns(plan);
      return { intent: 'success', title: `已在 ${plan.columns.join('、')} 列插入 ${rows} 行核算公式` };
    });

  const insertColumns = async (table: TableReport) => {
    if (!result) return;
    // Loaded already: a result exists only after a check.
    const grid = result.grids.find((g) => g.sheet === table.sheet);
    if (!grid) return;
    const plan = (await loadEngine()).planCheckColumns(grid, table);
    if (!plan) {
      setMessage({ intent: 'warning', title: '这张表没有可核算的指标行（需要年度指标值、完成值和分值）' });
      return;
    }
    if (caps.cannotRead) setMessage({ intent: 'warning', title: caps.cannotRead });
    else if (plan.occupied.length > 0) setPendingColumns(plan);
    else void writeColumns(plan);
  };

  const confirmColumns = () => pendingColumns && void writeColumns(pendingColumns);
  const cancelColumns = () => setPendingColumns(null);

  const insertTemplate = (kind: TemplateKind, year: number) =>
    act('template', caps.cannotRead ?? (services.insertTemplate ? null : '插入模板功能尚未提供'), async () => {
      const { sheetName } = await services.insertTemplate!(kind, year);
      return { intent: 'success', title: `已插入模板工作表「${sheetName}」` };
    });

  const select = (sheet: string, cell: string) =>
    caps.cannotRead ? setMessage({ intent: 'warning', title: caps.cannotRead }) : void services.selectCell(sheet, cell).catch((e) => setMessage({ intent: 'error', title: '无法选中单元格', body: errorMessage(e) }));

  const changeSettings = (patch: Partial<PaneSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    writeJson(services.store, SETTINGS_KEY, next).catch((e) => setMessage({ intent: 'error', title: '无法保存设置', body: errorMessage(e) }));
  };

  const state: TaskPaneState = {
    host,
    caps,
    busy,
    result,
    message,
    settings,
    pendingColumns,
    annotated,
    templateAvailable: services.insertTemplate !== null,
  };
  return {
    state,
    actions: { check, annotateAll, clearMarks, insertColumns, confirmColumns, cancelColumns, insertTemplate, select, changeSettings, dismiss: () => setMessage(null) },
  };
}

export type TaskPaneActions = ReturnType<typeof useTaskPane>['actions'];
