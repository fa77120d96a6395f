import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { OUTSIDE_OFFICE, readJson, writeJson, type HostInfo } from '../common/officeHelpers';
import type { Finding, TableReport } from '../core/report/types';
import type { CheckColumnsPlan } from '../excel/checkColumnsPlan';
import { capabilities, type Capabilities } from './capabilities';
import { checkedMessage, type PaneMessage } from './messages';
import type { TaskPaneServices, TemplateKind } from './services';
import { SETTINGS_KEY, type PaneSettings } from './settings';

export type Busy = 'check' | 'annotate' | 'clear' | 'columns' | 'template' | null;

export interface CheckResult {
  /** The sheets read: the active one's name, or every sheet's. */
  sheets: string[];
  tables: TableReport[];
  /** The settings the check ran with (a later change shows a "re-check" hint). */
  settings: PaneSettings;
}

/** A 核算列 plan waiting for the user to confirm overwriting these cells. */
export interface PendingColumns {
  plan: CheckColumnsPlan;
  occupied: string[];
}

export interface TaskPaneState {
  host: HostInfo | null;
  busy: Busy;
  result: CheckResult | null;
  message: PaneMessage | null;
  settings: PaneSettings;
  pendingColumns: PendingColumns | null;
  annotated: boolean;
}

type Action =
  | { type: 'host'; host: HostInfo }
  | { type: 'busy'; busy: Busy }
  | { type: 'message'; message: PaneMessage | null }
  | { type: 'result'; result: CheckResult }
  | { type: 'settings'; settings: PaneSettings }
  | { type: 'pending'; pending: PendingColumns | null }
  | { type: 'annotated'; annotated: boolean };

function reduce(state: TaskPaneState, a: Action): TaskPaneState {
  switch (a.type) {
    case 'host':
      return { ...state, host: a.host };
    case 'busy':
      return { ...state, busy: a.busy };
    case 'message':
      return { ...state, message: a.message };
    case 'result':
      return { ...state, result: a.result };
    case 'settings':
      return { ...state, settings: a.settings };
    case 'pending':
      return { ...state, pendingColumns: a.pending };
    case 'annotated':
      return { ...state, annotated: a.annotated };
  }
}

/** Why an action cannot run here: it needs Excel, a check first, or something the host lacks. */
type Blocker = { kind: 'needsExcel' } | { kind: 'needsCheck' } | { kind: 'unavailable'; reason: string } | null;

/** Holds the pane's state; every action runs on demand (a click), never on render. */
export function useTaskPane(services: TaskPaneServices) {
  const [state, dispatch] = useReducer(reduce, services, (s) => ({
    host: null,
    busy: null,
    result: null,
    message: null,
    settings: readJson<PaneSettings>(s.store, SETTINGS_KEY) ?? {},
    pendingColumns: null,
    annotated: false,
  }));
  const busyRef = useRef<Busy>(null);
  const say = (message: PaneMessage | null) => dispatch({ type: 'message', message });

  useEffect(() => {
    let live = true;
    services.detectHost().then(
      (host) => {
        if (!live) return;
        dispatch({ type: 'host', host });
        // Only for the hint under the buttons: if the record cannot be read, the pane just does not mention it.
        if (host.inOffice) services.annotatedSheets().then((sheets) => live && dispatch({ type: 'annotated', annotated: sheets.length > 0 }), () => undefined);
      },
      () => live && dispatch({ type: 'host', host: OUTSIDE_OFFICE }),
    );
    return () => {
      live = false;
    };
  }, [services]);

  const caps: Capabilities = useMemo(() => capabilities(state.host ?? OUTSIDE_OFFICE, services.supports), [state.host, services]);
  const needsExcel: Blocker = caps.cannotRead === null ? null : caps.inExcel ? { kind: 'unavailable', reason: caps.cannotRead } : { kind: 'needsExcel' };

  /** Runs one action at a time; an error shows Excel's message and changes nothing else. */
  const act = useCallback(async (kind: Exclude<Busy, null>, blocker: Blocker, action: () => Promise<PaneMessage | null>) => {
    if (busyRef.current) return;
    if (blocker) {
      say(blocker.kind === 'unavailable' ? blocker : { kind: blocker.kind, action: kind });
      return;
    }
    busyRef.current = kind;
    // A transition: the action's first request to Excel goes out before the pane re-renders to
    // show it busy, so that render overlaps Excel's answer instead of delaying the question.
    startTransition(() => dispatch({ type: 'busy', busy: kind }));
    try {
      say(await action());
    } catch (error) {
      say({ kind: 'failed', error });
    } finally {
      busyRef.current = null;
      dispatch({ type: 'busy', busy: null });
    }
  }, []);

  const { settings, result } = state;

  const check = () =>
    act('check', needsExcel, async () => {
      const options = { merges: !caps.mergesMissing };
      const grids = settings.scope === 'all' ? await services.readAllSheets(options) : [await services.readActiveSheet(options)];
      const tables = await services.check(grids, settings);
      dispatch({ type: 'result', result: { sheets: grids.map((g) => g.sheet), tables, settings } });
      return tables.length === 0 ? null : checkedMessage(tables); // none: the pane shows what it looked for
    });

  const annotateAll = () => {
    const blocker: Blocker = caps.cannotAnnotate === null ? (result?.tables.length ? null : { kind: 'needsCheck' }) : needsExcel ?? { kind: 'unavailable', reason: caps.cannotAnnotate };
    return act('annotate', blocker, async () => {
      const bySheet = new Map<string, Finding[]>();
      for (const t of result!.tables) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), ...t.findings]);
      let cells = 0;
      for (const [sheet, findings] of bySheet) cells += (await services.annotate(sheet, findings, caps.annotationMode)).cells;
      dispatch({ type: 'annotated', annotated: cells > 0 });
      return { kind: 'annotated', cells };
    });
  };

  const clearMarks = () =>
    act('clear', caps.cannotAnnotate === null ? null : needsExcel ?? { kind: 'unavailable', reason: caps.cannotAnnotate }, async () => {
      const { cells, deleted } = await services.clearAnnotations();
      dispatch({ type: 'annotated', annotated: false });
      return { kind: 'cleared', cells, deleted };
    });

  /** Writes the columns unless cells not yet agreed to hold something now: then asks about those. */
  const writeColumns = (plan: CheckColumnsPlan, confirmed: readonly string[]) =>
    act('columns', needsExcel, async () => {
      dispatch({ type: 'pending', pending: null });
      const done = await services.insertCheckColumns(plan, confirmed);
      if ('occupied' in done) {
        dispatch({ type: 'pending', pending: { plan, occupied: [...confirmed, ...done.occupied] } });
        return null;
      }
      return { kind: 'columnsInserted', columns: plan.columns, rows: done.rows };
    });

  const insertColumns = async (table: TableReport) => {
    const plan = await services.planCheckColumns(table);
    if (!plan) say({ kind: 'noColumns' });
    else void writeColumns(plan, []);
  };

  const confirmColumns = () => state.pendingColumns && void writeColumns(state.pendingColumns.plan, state.pendingColumns.occupied);
  const cancelColumns = () => dispatch({ type: 'pending', pending: null });

  const insertTemplate = (kind: TemplateKind, year: number) =>
    act('template', needsExcel ?? (services.insertTemplate ? null : { kind: 'unavailable', reason: '插入模板功能尚未提供' }), async () => {
      const { sheetName, printSetup } = await services.insertTemplate!(kind, year);
      return { kind: 'templateInserted', sheetName, printSetup };
    });

  const select = (sheet: string, cell: string) =>
    needsExcel ? say(needsExcel.kind === 'unavailable' ? needsExcel : { kind: 'needsExcel', action: 'check' }) : void services.selectCell(sheet, cell).catch((error) => say({ kind: 'selectFailed', error }));

  const changeSettings = (patch: Partial<PaneSettings>) => {
    const next = { ...settings, ...patch };
    dispatch({ type: 'settings', settings: next });
    writeJson(services.store, SETTINGS_KEY, next).catch((error) => say({ kind: 'settingsNotSaved', error }));
  };

  return {
    state: { ...state, caps, templateAvailable: services.insertTemplate !== null },
    actions: { check, annotateAll, clearMarks, insertColumns, confirmColumns, cancelColumns, insertTemplate, select, changeSettings, dismiss: () => say(null) },
  };
}

export type TaskPaneActions = ReturnType<typeof useTaskPane>['actions'];
