import { OfficeMockObject } from 'office-addin-mock';
import { rangeA1 } from '../../src/core/grid/address';
import type { Grid } from '../../src/core/grid/types';
import type { ExcelRun } from '../../src/excel/run';
import { excelArrays } from './seed000Grid';

/**
 * A fake Excel for adapter tests, on office-addin-mock: the worksheets and their
 * used ranges are OfficeMockObjects (a property read before `load` + `sync` gives the
 * mock's error text, so a missing load or sync shows up). Cell-level objects
 * (getRange, notes, comments, getCellProperties) are small fakes whose reads are
 * taken and whose writes are applied only at the next `context.sync()` — like
 * Office.js's queued batch. `syncs` counts the syncs of the last run.
 */
export interface FakeState {
  active: string;
  grids: Record<string, Grid>;
  /** "sheet!A1" → fill. Absent = no fill. */
  fills: Record<string, { color: string; pattern: string }>;
  notes: Record<string, string>;
  comments: Record<string, { cell: string; content: string }>;
  values: Record<string, unknown[][]>;
  formulas: Record<string, unknown[][]>;
  selected: string | null;
  /** Host limit: a single read of more cells than this fails as Excel on the web does. */
  maxCellsPerSync?: number;
}

export function fakeState(grids: Grid[]): FakeState {
  return {
    active: grids[0].sheet,
    grids: Object.fromEntries(grids.map((g) => [g.sheet, g])),
    fills: {},
    notes: {},
    comments: {},
    values: {},
    formulas: {},
    selected: null,
  };
}

const NO_FILL = { color: '#FFFFFF', pattern: 'None' };
const NOT_SYNCED = 'Error, context.sync() was not called';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OfficeMockObject node, typed loosely like the mock itself
type MockUsedRange = any;

export interface FakeExcel {
  run: ExcelRun;
  /** Syncs per run, in order. */
  syncs: number[];
  /** The options each run was called with. */
  runOptions: ({ undoGroup?: boolean } | undefined)[];
}

export function fakeExcel(state: FakeState): FakeExcel {
  const fake: FakeExcel = { syncs: [], runOptions: [], run: undefined as unknown as ExcelRun };
  fake.run = (async (batch: (c: Excel.RequestContext) => Promise<unknown>, options?: { undoGroup?: boolean }) => {
    const { context, count } = newContext(state);
    fake.runOptions.push(options);
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      fake.syncs.push(count());
    }
  }) as ExcelRun;
  return fake;
}

function newContext(state: FakeState) {
  let pending: (() => void)[] = [];
  let loadedCells = 0;
  let nextComment = Object.keys(state.comments).length + 1;
  const queue = (f: () => void) => pending.push(f);
  /** A value that becomes readable at the next sync. */
  const later = <T>(read: () => T) => {
    const box: { value: T | string } = { value: NOT_SYNCED };
    queue(() => (box.value = read()));
    return box;
  };

  const context = new OfficeMockObject({ workbook: { worksheets: {}, comments: {} } });
  const sheets = context.workbook.worksheets;
  const sheetMock = (name: string) => {
    const key = `sheet_${name}`;
    if (!sheets[key]) {
      if (!state.grids[name]) throw Object.assign(new Error(`找不到工作表 ${name}`), { code: 'ItemNotFound' });
      sheets.addMock(key);
      sheets[key].populate(sheetSeed(name));
    }
    return sheets[key];
  };
  const sheetSeed = (name: string) => {
    const grid = state.grids[name];
    const arrays = excelArrays(grid);
    const rows = arrays.values.length;
    const cols = rows ? arrays.values[0].length : 0;
    const address = `${name}!${rangeA1(grid.originRow, grid.originCol, grid.originRow + rows - 1, grid.originCol + cols - 1)}`;
    const mergeAddress = grid.merges.map((m) => `${name}!${rangeA1(m.top, m.left, m.bottom, m.right)}`).join(', ');
    return {
      name,
      used: {
        address,
        rowIndex: grid.originRow,
        columnIndex: grid.originCol,
        rowCount: rows,
        columnCount: cols,
        ...arrays,
        merged: { address: mergeAddress },
      },
      getUsedRangeOrNullObject(this: { used: MockUsedRange }) {
        // office-addin-mock objects take any property: this is the mock built from `used` above.
        const used = this.used;
        used.isNullObject = rows === 0;
        used.load = (props: string) => {
          if (props.includes('values')) loadedCells += rows * cols;
          OfficeMockObject.prototype.load.call(used, props);
          return used;
        };
        used.getMergedAreasOrNullObject = () => Object.assign(used.merged, { isNullObject: grid.merges.length === 0 });
        used.getCell = (r: number, c: number) => ({
          getResizedRange: (dr: number, dc: number) => blockOf(r, c, dr, dc, arrays, () => (loadedCells += (dr + 1) * (dc + 1)), later),
        });
        return used;
      },
      activate: () => queue(() => (state.active = name)),
      getRange: (cell: string) => cellRange(name, cell),
      notes: {
        getItemOrNullObject: (cell: string) => noteOf(name, cell),
        add: (range: { cell: string }, content: string) => queue(() => (state.notes[`${name}!${range.cell}`] = content)),
      },
    };
  };

  /** A note or comment: `content` read at the next sync, writes applied at the next sync. */
  const textItem = (read: () => string | null, write: (v: string) => void, remove: () => void) => {
    const snap = later(read);
    return {
      load: () => undefined,
      get isNullObject() {
        return snap.value === null;
      },
      get content() {
        return snap.value;
      },
      set content(v: string | null) {
        queue(() => write(v ?? ''));
      },
      delete: () => queue(remove),
    };
  };
  const noteOf = (sheet: string, cell: string) => {
    const key = `${sheet}!${cell}`;
    return textItem(
      () => state.notes[key] ?? null,
      (v) => (state.notes[key] = v),
      () => delete state.notes[key],
    );
  };

  const cellRange = (sheet: string, cell: string) => {
    const key = `${sheet}!${cell}`;
    return {
      cell,
      format: {
        fill: {
          set color(v: string) {
            queue(() => (state.fills[key] = { color: v, pattern: 'Solid' }));
          },
          clear: () => queue(() => delete state.fills[key]),
        },
      },
      getCellProperties: () => later(() => [[{ format: { fill: state.fills[key] ?? NO_FILL } }]]),
      setCellProperties: (p: { format: { fill: { color: string; pattern: string } } }[][]) =>
        queue(() => (state.fills[key] = { ...p[0][0].format.fill })),
      select: () => queue(() => (state.selected = key)),
      set values(v: unknown[][]) {
        queue(() => (state.values[key] = v));
      },
      set formulas(v: unknown[][]) {
        queue(() => (state.formulas[key] = v));
      },
    };
  };

  Object.assign(sheets, {
    getActiveWorksheet: () => sheetMock(state.active),
    getItem: (name: string) => sheetMock(name),
    items: [] as unknown[],
    load: (props: string) => {
      if (props !== 'items/name') throw new Error(`fake: unexpected load ${props}`);
      sheets.items = Object.keys(state.grids).map(sheetMock);
      for (const s of sheets.items) s.load('name');
    },
  });
  Object.assign(context.workbook.comments, {
    getItemOrNullObject: (id: string) =>
      textItem(
        () => state.comments[id]?.content ?? null,
        (v) => (state.comments[id].content = v),
        () => delete state.comments[id],
      ),
    add: (range: { cell: string }, content: string) => {
      const comment = { id: NOT_SYNCED, load: () => undefined };
      queue(() => {
        comment.id = `c${nextComment++}`;
        state.comments[comment.id] = { cell: range.cell, content };
      });
      return comment;
    },
  });

  let syncs = 0;
  const realSync = context.sync.bind(context);
  const sync = jest.fn(async () => {
    syncs++;
    if (state.maxCellsPerSync !== undefined && loadedCells > state.maxCellsPerSync) {
      pending = [];
      loadedCells = 0;
      throw Object.assign(new Error('响应负载过大'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    loadedCells = 0;
    const run = pending;
    pending = [];
    run.forEach((f) => f());
    await realSync();
  });
  context.sync = sync;
  return { context, count: () => syncs };
}

/** A chunk of the used range, for chunked reads. */
function blockOf(
  r: number,
  c: number,
  dr: number,
  dc: number,
  arrays: ReturnType<typeof excelArrays>,
  count: () => void,
  later: <T>(read: () => T) => { value: T | string },
) {
  const slice = (a: unknown[][]) => a.slice(r, r + dr + 1).map((row) => row.slice(c, c + dc + 1));
  let snap: { value: unknown } | null = null;
  const field = (k: keyof typeof arrays) => (snap?.value as Record<string, unknown[][]> | undefined)?.[k];
  return {
    load: () => {
      count();
      snap = later(() => ({ values: slice(arrays.values), text: slice(arrays.text), numberFormat: slice(arrays.numberFormat), formulas: slice(arrays.formulas) }));
    },
    get values() {
      return field('values');
    },
    get text() {
      return field('text');
    },
    get numberFormat() {
      return field('numberFormat');
    },
    get formulas() {
      return field('formulas');
    },
  };
}
