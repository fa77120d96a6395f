/* eslint-disable @typescript-eslint/no-explicit-any -- a stand-in for Office.js, typed as loosely as the JS API it imitates */
/**
 * A strict test double of Excel's JavaScript API, one file for both worlds: jest imports it
 * (test/support/mockExcel.ts) and the Chromium tests transpile it into the stub served for
 * office.js (test/e2e/officeStub.ts). It has no imports so that it can run as a plain script.
 *
 * Strict as Excel is:
 * - reading a property that was not loaded, or before the sync that loads it, throws
 *   PropertyNotLoaded; `isNullObject` and ClientResult values exist only after a sync;
 * - everything is queued and applied at `context.sync()`, where errors surface (a missing
 *   sheet, an API the host lacks, an invalid argument), and nothing after the failing
 *   operation is applied;
 * - a host profile decides which requirement sets are supported: an API of a newer ExcelApi
 *   set fails at sync with ApiNotFound, as on a real host with the CDN office.js;
 * - limits: getMergedAreasOrNullObject over more than 512 merged areas fails; a range of more
 *   than 5,000,000 cells loads `values` (and the other cell arrays) as null; Excel on the web
 *   refuses a response over its payload limit; a batch while a cell is being edited fails
 *   unless it asked for delayForCellEdit;
 * - Office.onReady resolves asynchronously; CustomFunctions.Error exists; PERF formulas
 *   written into cells are computed by the functions the page associated (else #NAME?).
 */

/** One Excel host the tests run under. */
export interface HostProfile {
  /** Short key, e.g. 'm365'. */
  id: string;
  /** Shown in test titles. */
  name: string;
  /** Office.PlatformType as Office.js reports it. */
  platform: 'PC' | 'Mac' | 'OfficeOnline';
  /** Office.context.diagnostics.version. */
  version: string;
  /** Highest ExcelApi 1.x minor version supported. */
  excelApi: number;
  sharedRuntime: boolean;
  limits: Limits;
}

export interface Limits {
  mergedAreas: number;
  /** Ranges with more cells load their cell arrays as null. */
  valuesCells: number;
  /** Bytes of loaded data one sync may return (Excel on the web: 5 MB); null for none. */
  payloadBytes: number | null;
}

const DESKTOP: Limits = { mergedAreas: 512, valuesCells: 5_000_000, payloadBytes: null };
const WEB: Limits = { mergedAreas: 512, valuesCells: 5_000_000, payloadBytes: 5_000_000 };

/** The hosts of issue 13: the current Microsoft 365, the two LTSC releases, an older 365 build, the web and the Mac. */
export const HOST_PROFILES: HostProfile[] = [
  { id: 'm365', name: 'Microsoft 365 当前频道 (Windows, ExcelApi 1.20)', platform: 'PC', version: '16.0.19328.20000', excelApi: 20, sharedRuntime: true, limits: DESKTOP },
  { id: 'ltsc2024', name: 'Office 2024 LTSC (Windows, ExcelApi 1.17)', platform: 'PC', version: '16.0.17932.20162', excelApi: 17, sharedRuntime: true, limits: DESKTOP },
  { id: 'ltsc2021', name: 'Office 2021 LTSC (Windows, ExcelApi 1.14)', platform: 'PC', version: '16.0.14332.20812', excelApi: 14, sharedRuntime: true, limits: DESKTOP },
  { id: 'm365-old', name: 'Microsoft 365 旧版本 (Windows, ExcelApi 1.12)', platform: 'PC', version: '16.0.13328.20408', excelApi: 12, sharedRuntime: true, limits: DESKTOP },
  { id: 'web', name: 'Excel 网页版 (ExcelApi 1.20)', platform: 'OfficeOnline', version: '16.0.19400.40000', excelApi: 20, sharedRuntime: true, limits: WEB },
  { id: 'mac', name: 'Excel for Mac (ExcelApi 1.19)', platform: 'Mac', version: '16.102', excelApi: 19, sharedRuntime: true, limits: DESKTOP },
];

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet to start from: arrays as Excel returns them for the rectangle at originRow/originCol. */
export interface SheetSeed {
  name: string;
  originRow: number;
  originCol: number;
  values: unknown[][];
  text: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  merges: Area[];
}

export interface CellState {
  value: unknown;
  text: string;
  formula: unknown;
  numberFormat: string;
}

export interface SheetState {
  id: string;
  name: string;
  cells: Map<string, CellState>;
  merges: Area[];
  fills: Record<string, { color: string; pattern: string }>;
  notes: Record<string, string>;
  /** Format writes other than fills (template insertion), counted. */
  formatWrites: number;
  pageLayout: Record<string, unknown>;
}

export interface RunLog {
  syncs: number;
  options: Record<string, unknown> | null;
}

export interface WorkbookState {
  profile: HostProfile;
  sheets: SheetState[];
  activeId: string;
  selected: string | null;
  comments: { id: string; sheetId: string; cell: string; content: string }[];
  runs: RunLog[];
  /** Custom functions the page associated, by id. */
  functions: Record<string, (...args: unknown[]) => unknown>;
  settings: Record<string, unknown>;
  /** True while the user is editing a cell: batches without delayForCellEdit fail. */
  editing: boolean;
  /** Calls the host refuses at sync, e.g. 'PageLayout.zoom' (a host that rejects a setting). */
  rejects: string[];
  /** Ms each sync takes (the pane benchmark answers after 100 ms). */
  syncDelayMs: number;
  nextId: number;
}

// ---------- addresses ----------

function letters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(l: string): number {
  let n = 0;
  for (const ch of l.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const a1 = (r: number, c: number) => `${letters(c)}${r + 1}`;
const areaA1 = (a: Area) => (a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`);
const quoteSheet = (name: string) => (/^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** "B3", "A1:I61", "A:A", "5:5" → an area; null when not an address. */
export function parseAddress(address: string): Area | null {
  const clean = address.replace(/\$/g, '').replace(/^.*!/, '');
  const [p, q = p] = clean.split(':');
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const m1 = cell.exec(p);
  const m2 = cell.exec(q);
  if (m1 && m2) {
    const [r1, c1, r2, c2] = [Number(m1[2]) - 1, colIndex(m1[1]), Number(m2[2]) - 1, colIndex(m2[1])];
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  if (/^[A-Za-z]{1,3}$/.test(p) && /^[A-Za-z]{1,3}$/.test(q)) return { top: 0, left: colIndex(p), bottom: MAX_ROW, right: colIndex(q) };
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) return { top: Number(p) - 1, left: 0, bottom: Number(q) - 1, right: MAX_COL };
  return null;
}

const cellsOf = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
const key = (r: number, c: number) => `${r},${c}`;

// ---------- errors ----------

export class RichApiError extends Error {
  code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

const notLoaded = (prop: string) =>
  new RichApiError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

// ---------- the workbook ----------

export function createWorkbook(profile: HostProfile, seeds: SheetSeed[]): WorkbookState {
  const state: WorkbookState = {
    profile,
    sheets: [],
    activeId: '',
    selected: null,
    comments: [],
    runs: [],
    functions: {},
    settings: {},
    editing: false,
    rejects: [],
    syncDelayMs: 0,
    nextId: 1,
  };
  for (const seed of seeds) {
    const sheet = newSheet(state, seed.name);
    seed.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const formula = seed.formulas[i]?.[j];
        if ((value === '' || value === null) && (formula === '' || formula === null || formula === undefined)) return;
        sheet.cells.set(key(seed.originRow + i, seed.originCol + j), {
          value,
          text: String(seed.text[i]?.[j] ?? value),
          formula: formula ?? value,
          numberFormat: String(seed.numberFormat[i]?.[j] ?? 'General'),
        });
      }),
    );
    sheet.merges = seed.merges.map((m) => ({ ...m }));
    state.sheets.push(sheet);
  }
  state.activeId = state.sheets[0]?.id ?? '';
  return state;
}

function newSheet(state: WorkbookState, name: string): SheetState {
  return { id: `{SHEET-${state.nextId++}}`, name, cells: new Map(), merges: [], fills: {}, notes: {}, formatWrites: 0, pageLayout: {} };
}

/** Renames a sheet, as the accountant would between two clicks. */
export function renameSheet(state: WorkbookState, from: string, to: string): void {
  const sheet = state.sheets.find((s) => s.name === from);
  if (!sheet) throw new Error(`no sheet ${from}`);
  sheet.name = to;
}

/** Deletes a sheet, as the accountant would. */
export function deleteSheet(state: WorkbookState, name: string): void {
  state.sheets = state.sheets.filter((s) => s.name !== name);
  if (!state.sheets.some((s) => s.id === state.activeId)) state.activeId = state.sheets[0]?.id ?? '';
}

/** Types into a cell, as the accountant would. */
export function typeInto(state: WorkbookState, sheetName: string, address: string, value: string | number): void {
  const sheet = state.sheets.find((s) => s.name === sheetName)!;
  const a = parseAddress(address)!;
  sheet.cells.set(key(a.top, a.left), { value, text: String(value), formula: value, numberFormat: 'General' });
}

/** A threaded comment added by the accountant. */
export function addUserComment(state: WorkbookState, sheetName: string, cell: string, content: string): void {
  const sheet = state.sheets.find((s) => s.name === sheetName)!;
  state.comments.push({ id: `{COMMENT-${state.nextId++}}`, sheetId: sheet.id, cell, content });
}

function usedArea(sheet: SheetState): Area | null {
  let area: Area | null = null;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(',').map(Number);
    area = area ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) } : { top: r, left: c, bottom: r, right: c };
  }
  return area;
}

const CELL_ARRAY: Record<'values' | 'text' | 'formulas' | 'numberFormat', (c: CellState | undefined) => unknown> = {
  values: (c) => (c ? c.value : ''),
  text: (c) => (c ? c.text : ''),
  formulas: (c) => (c ? c.formula : ''),
  numberFormat: (c) => (c ? c.numberFormat : 'General'),
};

/** One cell array of an area (only over the cells that exist; blanks are ''). */
function cellArrayOf(sheet: SheetState, a: Area, k: keyof typeof CELL_ARRAY): unknown[][] {
  const pick = CELL_ARRAY[k];
  return Array.from({ length: a.bottom - a.top + 1 }, (_r, i) => Array.from({ length: a.right - a.left + 1 }, (_c, j) => pick(sheet.cells.get(key(a.top + i, a.left + j)))));
}

// ---------- the request context ----------

type Op = () => void;

interface Ctx {
  state: WorkbookState;
  ops: Op[];
  run: RunLog;
  /** JSON size of the data loaded in the current sync. */
  loadedBytes: number;
}

function needs(ctx: Ctx, minor: number, api: string): void {
  if (ctx.state.profile.excelApi < minor)
    ctx.ops.push(() => {
      throw new RichApiError('ApiNotFound', `${api} 需要 ExcelApi 1.${minor}（此主机为 1.${ctx.state.profile.excelApi}）`);
    });
}

function fail(ctx: Ctx, code: string, message: string): void {
  ctx.ops.push(() => {
    throw new RichApiError(code, message);
  });
}

/**
 * An object whose `props` are loadable: load() queues a snapshot, reads before it was
 * applied throw PropertyNotLoaded. `isNullObject` is readable after the first sync.
 */
function loadable(ctx: Ctx, props: Record<string, () => unknown>, isNull: () => boolean = () => false): any {
  const snap: Record<string, unknown> = {};
  let synced = false;
  let nullNow = false;
  ctx.ops.push(() => {
    synced = true;
    nullNow = isNull();
  });
  const o: any = {
    load(what?: string | string[]) {
      const names = what === undefined ? Object.keys(props) : (Array.isArray(what) ? what : what.split(',')).map((s) => s.trim().split('/')[0]).filter(Boolean);
      for (const n of names) {
        if (!(n in props)) {
          fail(ctx, 'InvalidArgument', `unknown property ${n}`);
          continue;
        }
        ctx.ops.push(() => {
          if (nullNow) return;
          const v = props[n]();
          snap[n] = v;
          ctx.loadedBytes += sizeOf(v);
        });
      }
      return o;
    },
  };
  Object.defineProperty(o, 'isNullObject', {
    get() {
      if (!synced) throw notLoaded('isNullObject');
      return nullNow;
    },
  });
  for (const n of Object.keys(props))
    Object.defineProperty(o, n, {
      configurable: true,
      get() {
        if (!(n in snap)) throw notLoaded(n);
        return snap[n];
      },
    });
  return o;
}

/** The JSON size of loaded data (objects of the model, such as collection items, count as nothing). */
function sizeOf(v: unknown): number {
  try {
    return JSON.stringify(v ?? null).length;
  } catch {
    return 0;
  }
}

/** A ClientResult: `value` after the sync. */
function clientResult(ctx: Ctx, read: () => unknown): { value: any } {
  let box: { v: unknown } | null = null;
  ctx.ops.push(() => (box = { v: read() }));
  return {
    get value() {
      if (!box) throw notLoaded('value');
      return box.v;
    },
  };
}

/** Format objects of template insertion: accepts documented writes, counts them, reads throw. */
function formatSink(ctx: Ctx, sheet: () => SheetState | null): any {
  const handler: ProxyHandler<any> = {
    get(_t, p) {
      if (p === 'getItem') return () => new Proxy({}, handler);
      if (typeof p === 'string' && /^(font|borders|protection|fill)$/.test(p)) return new Proxy({}, handler);
      if (p === 'autofitColumns' || p === 'autofitRows') return () => undefined;
      throw notLoaded(String(p));
    },
    set(_t, _p, _v) {
      ctx.ops.push(() => {
        const s = sheet();
        if (s) s.formatWrites++;
      });
      return true;
    },
  };
  return new Proxy({}, handler);
}

/** A PERF formula computed by the function the page associated (cell references read from the sheet); #NAME? when none. */
function evaluate(state: WorkbookState, sheet: SheetState, formula: string): unknown {
  const m = /^=PERF\.([A-Z_]+)\((.*)\)$/i.exec(formula);
  if (!m) return formula;
  const fn = state.functions[m[1].toUpperCase()];
  if (!fn) return '#NAME?';
  const arg = (raw: string): unknown => {
    const a = raw.trim();
    if (a === '') return null;
    const ref = /^\$?[A-Z]{1,3}\$?\d+$/i.test(a) ? parseAddress(a) : null;
    if (ref) {
      const c = sheet.cells.get(key(ref.top, ref.left));
      return c ? c.value : null;
    }
    return Number.isNaN(Number(a)) ? a.replace(/^"|"$/g, '') : Number(a);
  };
  const args = m[2].split(',').map(arg);
  try {
    const r = fn(...args);
    return r && typeof r === 'object' && 'code' in (r as object) ? (r as { code: string }).code : r;
  } catch {
    return '#VALUE!';
  }
}

function rangeObject(ctx: Ctx, sheetOf: () => SheetState | null, areaOf: () => Area | null, isNull: () => boolean = () => false): any {
  const state = ctx.state;
  const at = (): { sheet: SheetState; area: Area } | null => {
    const sheet = sheetOf();
    const area = areaOf();
    return sheet && area ? { sheet, area } : null;
  };
  const big = () => {
    const x = at();
    return x !== null && cellsOf(x.area) > state.profile.limits.valuesCells;
  };
  const cellArray = (k: 'values' | 'text' | 'formulas' | 'numberFormat') => () => {
    const x = at();
    if (!x || big()) return null;
    return cellArrayOf(x.sheet, x.area, k);
  };
  const r = loadable(
    ctx,
    {
      address: () => {
        const x = at()!;
        return `${quoteSheet(x.sheet.name)}!${areaA1(x.area)}`;
      },
      rowIndex: () => at()!.area.top,
      columnIndex: () => at()!.area.left,
      rowCount: () => at()!.area.bottom - at()!.area.top + 1,
      columnCount: () => at()!.area.right - at()!.area.left + 1,
      values: cellArray('values'),
      text: cellArray('text'),
      formulas: cellArray('formulas'),
      numberFormat: cellArray('numberFormat'),
    },
    isNull,
  );
  const write = (apply: (sheet: SheetState, area: Area) => void) =>
    ctx.ops.push(() => {
      const x = at();
      if (!x) throw new RichApiError('ItemNotFound', '找不到该区域');
      apply(x.sheet, x.area);
    });
  const setCells = (matrix: unknown[][], asFormula: boolean) =>
    write((sheet, area) => {
      if (matrix.length !== area.bottom - area.top + 1 || matrix.some((row) => row.length !== area.right - area.left + 1))
        throw new RichApiError('InvalidArgument', '数组大小与区域不一致');
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          const k = key(area.top + i, area.left + j);
          const old = sheet.cells.get(k);
          if (v === '' || v === null) {
            sheet.cells.delete(k);
            return;
          }
          const formula = typeof v === 'string' && v.startsWith('=') ? v : null;
          const value = formula && asFormula ? evaluate(state, sheet, formula) : v;
          sheet.cells.set(k, { value, text: String(value), formula: formula ?? v, numberFormat: old?.numberFormat ?? 'General' });
        }),
      );
    });
  for (const [prop, asFormula] of [
    ['values', false],
    ['formulas', true],
  ] as const)
    Object.defineProperty(r, prop, {
      get: Object.getOwnPropertyDescriptor(r, prop)!.get,
      set: (v: unknown[][]) => setCells(v, asFormula),
    });
  Object.defineProperty(r, 'numberFormat', {
    get: Object.getOwnPropertyDescriptor(r, 'numberFormat')!.get,
    set: (v: string[][]) =>
      write((sheet, area) =>
        v.forEach((row, i) =>
          row.forEach((f, j) => {
            const k = key(area.top + i, area.left + j);
            const c = sheet.cells.get(k);
            if (c) c.numberFormat = f;
          }),
        ),
      ),
  });
  const fillKey = () => {
    const x = at()!;
    return areaA1(x.area);
  };
  const fill: any = {
    clear: () => write((sheet) => delete sheet.fills[fillKey()]),
  };
  Object.defineProperty(fill, 'color', {
    get() {
      throw notLoaded('color');
    },
    set(v: string) {
      write((sheet) => (sheet.fills[fillKey()] = { color: v, pattern: 'Solid' }));
    },
  });
  const format = formatSink(ctx, sheetOf);
  r.format = new Proxy(format, {
    get: (t, p) => (p === 'fill' ? fill : t[p]),
    set: (t, p, v) => ((t[p] = v), true),
  });
  r.getCellProperties = (spec: unknown) => {
    needs(ctx, 9, 'Range.getCellProperties');
    void spec;
    return clientResult(ctx, () => {
      const x = at()!;
      const f = x.sheet.fills[areaA1(x.area)];
      return [[{ format: { fill: f ? { ...f } : { color: '#FFFFFF', pattern: 'None' } } }]];
    });
  };
  r.setCellProperties = (p: { format: { fill: { color: string; pattern: string } } }[][]) => {
    needs(ctx, 9, 'Range.setCellProperties');
    write((sheet) => (sheet.fills[fillKey()] = { ...p[0][0].format.fill }));
  };
  r.select = () => write((sheet, area) => (state.selected = `${sheet.name}!${areaA1(area)}`));
  r.merge = () => write((sheet, area) => sheet.merges.push({ ...area }));
  r.getMergedAreasOrNullObject = () => {
    needs(ctx, 13, 'Range.getMergedAreasOrNullObject');
    const inside = () => {
      const x = at();
      if (!x) return [];
      return x.sheet.merges.filter((m) => m.top >= x.area.top && m.top <= x.area.bottom && m.left >= x.area.left && m.left <= x.area.right);
    };
    ctx.ops.push(() => {
      if (inside().length > state.profile.limits.mergedAreas)
        throw new RichApiError('GeneralException', `区域中合并单元格超过 ${state.profile.limits.mergedAreas} 个`);
    });
    const address = () => {
      const name = quoteSheet(at()!.sheet.name);
      return inside()
        .map((m) => `${name}!${areaA1(m)}`)
        .join(', ');
    };
    return loadable(ctx, { address, areaCount: () => inside().length }, () => inside().length === 0);
  };
  r.getCell = (row: number, col: number) => {
    const cellArea = () => {
      const a = areaOf();
      return a ? { top: a.top + row, left: a.left + col, bottom: a.top + row, right: a.left + col } : null;
    };
    const c = rangeObject(ctx, sheetOf, cellArea);
    c.getResizedRange = (dr: number, dc: number) =>
      rangeObject(ctx, sheetOf, () => {
        const a = cellArea();
        return a ? { ...a, bottom: a.bottom + dr, right: a.right + dc } : null;
      });
    return c;
  };
  r.dataValidation = formatSink(ctx, sheetOf);
  return r;
}

function noteObject(ctx: Ctx, sheet: SheetState, cell: string): any {
  const n = loadable(ctx, { content: () => sheet.notes[cell] }, () => sheet.notes[cell] === undefined);
  Object.defineProperty(n, 'content', {
    get: Object.getOwnPropertyDescriptor(n, 'content')!.get,
    set: (v: string) => ctx.ops.push(() => (sheet.notes[cell] = v)),
  });
  n.delete = () => ctx.ops.push(() => delete sheet.notes[cell]);
  return n;
}

function commentObject(ctx: Ctx, find: () => WorkbookState['comments'][number] | undefined): any {
  const c = loadable(ctx, { id: () => find()!.id, content: () => find()!.content }, () => find() === undefined);
  Object.defineProperty(c, 'content', {
    get: Object.getOwnPropertyDescriptor(c, 'content')!.get,
    set: (v: string) =>
      ctx.ops.push(() => {
        const x = find();
        if (!x) throw new RichApiError('ItemNotFound', '找不到批注');
        x.content = v;
      }),
  });
  c.delete = () => ctx.ops.push(() => (ctx.state.comments = ctx.state.comments.filter((x) => x !== find())));
  c.getLocation = () =>
    rangeObject(
      ctx,
      () => ctx.state.sheets.find((s) => s.id === find()?.sheetId) ?? null,
      () => parseAddress(find()?.cell ?? ''),
    );
  return c;
}

function sheetObject(ctx: Ctx, resolve: () => SheetState | null, lookupFails?: string): any {
  const state = ctx.state;
  if (lookupFails) fail(ctx, 'ItemNotFound', lookupFails);
  const ws = loadable(ctx, { name: () => resolve()!.name, id: () => resolve()!.id, position: () => state.sheets.indexOf(resolve()!) }, () => resolve() === null);
  ws.getUsedRangeOrNullObject = () => {
    const area = () => {
      const s = resolve();
      return s ? usedArea(s) : null;
    };
    return rangeObject(ctx, resolve, area, () => area() === null);
  };
  ws.getRange = (address: string) => {
    const area = parseAddress(address);
    if (!area) fail(ctx, 'InvalidArgument', `无效的地址 ${address}`);
    return rangeObject(ctx, resolve, () => area);
  };
  ws.activate = () =>
    ctx.ops.push(() => {
      const s = resolve();
      if (!s) throw new RichApiError('ItemNotFound', '找不到工作表');
      state.activeId = s.id;
    });
  ws.delete = () =>
    ctx.ops.push(() => {
      const s = resolve();
      if (!s) throw new RichApiError('ItemNotFound', '找不到工作表');
      state.sheets = state.sheets.filter((x) => x !== s);
    });
  ws.notes = {
    getItemOrNullObject: (cell: string) => {
      needs(ctx, 18, 'NoteCollection.getItemOrNullObject');
      const s = resolve();
      return s ? noteObject(ctx, s, cell) : loadable(ctx, { content: () => null }, () => true);
    },
    add: (range: any, content: string) => {
      needs(ctx, 18, 'NoteCollection.add');
      ctx.ops.push(() => {
        const s = resolve()!;
        const cell = range.__cell as string;
        if (state.comments.some((c) => c.sheetId === s.id && c.cell === cell)) throw new RichApiError('InvalidOperation', `单元格 ${cell} 已有批注，不能再添加备注`);
        if (s.notes[cell] !== undefined) throw new RichApiError('InvalidOperation', `单元格 ${cell} 已有备注`);
        s.notes[cell] = content;
      });
    },
  };
  const sheetComments = () => state.comments.filter((c) => c.sheetId === resolve()?.id);
  const comments = loadable(ctx, { items: () => sheetComments().map((c) => commentObjectNow(ctx, c.id)) });
  comments.getCount = () => {
    needs(ctx, 10, 'CommentCollection.getCount');
    return clientResult(ctx, () => sheetComments().length);
  };
  ws.comments = comments;
  ws.pageLayout = new Proxy(
    {},
    {
      get(_t, p) {
        if (p === 'setPrintArea' || p === 'setPrintTitleRows') return (v: string) => ctx.ops.push(() => (resolve()!.pageLayout[p] = v));
        throw notLoaded(String(p));
      },
      set(_t, p, v) {
        needs(ctx, 9, `PageLayout.${String(p)}`);
        ctx.ops.push(() => {
          if (state.rejects.includes(`PageLayout.${String(p)}`)) throw new RichApiError('InvalidArgument', `此主机不接受 PageLayout.${String(p)}`);
          if (p === 'zoom') {
            const z = v as Record<string, unknown>;
            const ok =
              Object.keys(z).every((k) => ['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) &&
              (z.scale === undefined || (typeof z.scale === 'number' && z.scale >= 10 && z.scale <= 400)) &&
              ['horizontalFitToPages', 'verticalFitToPages'].every((k) => z[k] === undefined || (Number.isInteger(z[k]) && (z[k] as number) >= 1));
            if (!ok) throw new RichApiError('InvalidArgument', `无效的缩放设置 ${JSON.stringify(z)}`);
          }
          resolve()!.pageLayout[String(p)] = v;
        });
        return true;
      },
    },
  );
  const getRange = ws.getRange;
  ws.getRange = (address: string) => Object.assign(getRange(address), { __cell: address });
  return ws;
}

/** A comment object for an item of a loaded collection (resolved by id). */
function commentObjectNow(ctx: Ctx, id: string): any {
  const found = () => ctx.state.comments.find((c) => c.id === id);
  const c = commentObject(ctx, found);
  // Items of a loaded collection come with their scalar properties.
  for (const p of ['id', 'content'])
    Object.defineProperty(c, p, {
      get: () => found()?.[p as 'id' | 'content'],
      set: Object.getOwnPropertyDescriptor(c, p)?.set,
    });
  return c;
}

function newContext(state: WorkbookState, run: RunLog): any {
  const ctx: Ctx = { state, ops: [], run, loadedBytes: 0 };
  const byKey = (k: string) => () => state.sheets.find((s) => s.id === k || s.name === k) ?? null;
  const worksheets: any = loadable(ctx, { items: () => state.sheets.map((s) => sheetWithName(ctx, s)) });
  worksheets.getActiveWorksheet = () => {
    const id = state.activeId;
    return sheetObject(ctx, () => state.sheets.find((s) => s.id === id) ?? null);
  };
  worksheets.getItem = (name: string) => sheetObject(ctx, byKey(name), byKey(name)() ? undefined : `找不到工作表「${name}」`);
  worksheets.getItemOrNullObject = (k: string) => {
    needs(ctx, 4, 'WorksheetCollection.getItemOrNullObject');
    return sheetObject(ctx, byKey(k));
  };
  worksheets.add = (name: string) => {
    const sheet = newSheet(state, name);
    ctx.ops.push(() => {
      if (state.sheets.some((s) => s.name === name)) throw new RichApiError('ItemAlreadyExists', `工作表「${name}」已存在`);
      state.sheets.push(sheet);
    });
    return sheetObject(ctx, () => (state.sheets.includes(sheet) ? sheet : null));
  };
  const comments: any = {
    add: (range: any, content: string) => {
      needs(ctx, 10, 'CommentCollection.add');
      let id = '';
      ctx.ops.push(() => {
        const sheet = range.__sheet ? range.__sheet() : null;
        const cell = range.__cell as string;
        const s = sheet ?? state.sheets.find((x) => x.id === state.activeId)!;
        if (state.comments.some((c) => c.sheetId === s.id && c.cell === cell)) throw new RichApiError('InvalidOperation', `单元格 ${cell} 已有批注`);
        if (s.notes[cell] !== undefined) throw new RichApiError('InvalidOperation', `单元格 ${cell} 已有备注，不能再添加批注`);
        id = `{COMMENT-${state.nextId++}}`;
        state.comments.push({ id, sheetId: s.id, cell, content });
      });
      return commentObject(ctx, () => state.comments.find((c) => c.id === id));
    },
    getItemOrNullObject: (id: string) => {
      needs(ctx, 14, 'CommentCollection.getItemOrNullObject');
      return commentObject(ctx, () => state.comments.find((c) => c.id === id));
    },
  };
  const context: any = {
    workbook: { worksheets, comments },
    sync: async () => {
      run.syncs++;
      if (state.syncDelayMs) await new Promise((r) => setTimeout(r, state.syncDelayMs));
      const ops = ctx.ops;
      ctx.ops = [];
      ctx.loadedBytes = 0;
      for (const op of ops) op();
      const limit = state.profile.limits.payloadBytes;
      if (limit !== null && ctx.loadedBytes > limit) throw new RichApiError('ResponsePayloadSizeLimitExceeded', '响应数据超过 5 MB 的限制');
    },
  };
  // Ranges of a sheet know their sheet (comments.add needs it).
  const plainGetItem = worksheets.getItem;
  worksheets.getItem = (name: string) => withSheetRanges(plainGetItem(name), byKey(name));
  const plainActive = worksheets.getActiveWorksheet;
  worksheets.getActiveWorksheet = () => {
    const id = state.activeId;
    return withSheetRanges(plainActive(), () => state.sheets.find((s) => s.id === id) ?? null);
  };
  const plainOrNull = worksheets.getItemOrNullObject;
  worksheets.getItemOrNullObject = (k: string) => withSheetRanges(plainOrNull(k), byKey(k));
  return context;
}

function withSheetRanges(ws: any, sheet: () => SheetState | null): any {
  const getRange = ws.getRange;
  ws.getRange = (address: string) => Object.assign(getRange(address), { __sheet: sheet });
  return ws;
}

/** A sheet as an item of worksheets.items after load('items/name'): name already loaded. */
function sheetWithName(ctx: Ctx, s: SheetState): any {
  const ws = withSheetRanges(
    sheetObject(ctx, () => (ctx.state.sheets.includes(s) ? s : null)),
    () => s,
  );
  Object.defineProperty(ws, 'name', { get: () => s.name });
  Object.defineProperty(ws, 'id', { get: () => s.id });
  return ws;
}

/** Excel.run(batch) / Excel.run(options, batch). */
export function excelRunOf(state: WorkbookState) {
  return async (a: unknown, b?: unknown): Promise<unknown> => {
    const batch = (typeof a === 'function' ? a : b) as (context: unknown) => Promise<unknown>;
    const options = typeof a === 'function' ? null : (a as Record<string, unknown>);
    const run: RunLog = { syncs: 0, options };
    state.runs.push(run);
    if (state.editing) {
      if (!options?.delayForCellEdit || state.profile.excelApi < 11) throw new RichApiError('InvalidOperationInCellEditMode', 'Excel 正处于单元格编辑模式');
      while (state.editing) await new Promise((r) => setTimeout(r, 10));
    }
    const context = newContext(state, run);
    const result = await batch(context);
    return result;
  };
}

const SETS_UP_TO: Record<string, (p: HostProfile) => number> = {
  ExcelApi: (p) => p.excelApi,
  SharedRuntime: (p) => (p.sharedRuntime ? 1 : 0),
  CustomFunctionsRuntime: () => 4,
};

/** Office.context.requirements.isSetSupported for a profile. */
export function supportsOf(profile: HostProfile) {
  return (name: string, version?: string): boolean => {
    const max = SETS_UP_TO[name]?.(profile) ?? -1;
    const [major, minor = '0'] = (version ?? '1.1').split('.');
    return major === '1' && Number(minor) <= max;
  };
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/**
 * The globals office.js provides in the add-in: Office (onReady asynchronous, requirements,
 * diagnostics, document settings), Excel (run) and CustomFunctions (associate, Error).
 */
export function installGlobals(target: any, state: WorkbookState): void {
  const profile = state.profile;
  const info = { host: 'Excel', platform: profile.platform };
  const later = <T>(f: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(f()), 0));
  target.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: (cb?: (i: typeof info) => void) =>
      later(() => {
        cb?.(info);
        return info;
      }),
    context: {
      requirements: { isSetSupported: supportsOf(profile) },
      diagnostics: { host: 'Excel', platform: profile.platform, version: profile.version },
      document: {
        settings: {
          get: (k: string) => (k in state.settings ? state.settings[k] : null),
          set: (k: string, v: unknown) => (state.settings[k] = v),
          remove: (k: string) => delete state.settings[k],
          saveAsync: (cb?: (r: { status: string }) => void) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
        },
      },
    },
  };
  target.Excel = { run: excelRunOf(state) };
  class CustomFunctionsError extends Error {
    code: string;
    constructor(code: string, message?: string) {
      super(message);
      this.code = code;
    }
  }
  target.CustomFunctions = {
    associate: (id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) => {
      if (typeof id === 'string') state.functions[id.toUpperCase()] = fn!;
      else for (const [k, f] of Object.entries(id)) state.functions[k.toUpperCase()] = f;
    },
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
}

/** Fills/notes/comments by "sheet!A1", for assertions. */
export function marksOf(state: WorkbookState) {
  const fills: Record<string, { color: string; pattern: string }> = {};
  const notes: Record<string, string> = {};
  for (const s of state.sheets) {
    for (const [c, f] of Object.entries(s.fills)) fills[`${s.name}!${c}`] = f;
    for (const [c, n] of Object.entries(s.notes)) notes[`${s.name}!${c}`] = n;
  }
  const comments: Record<string, string> = {};
  for (const c of state.comments) comments[`${state.sheets.find((s) => s.id === c.sheetId)?.name}!${c.cell}`] = c.content;
  return { fills, notes, comments };
}

/** A cell's formula or value, for assertions. */
export function cellOf(state: WorkbookState, sheetName: string, address: string): CellState | undefined {
  const s = state.sheets.find((x) => x.name === sheetName);
  const a = parseAddress(address);
  return s && a ? s.cells.get(key(a.top, a.left)) : undefined;
}
