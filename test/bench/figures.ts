/**
 * One measured figure of the benchmark: a row of the printed table and an entry of the
 * JSON. A figure with a target passes or fails; one without (`target: null`) is shown
 * for explanation only (e.g. where the time goes).
 */
export interface Target {
  op: '>=' | '<=' | '=';
  limit: number;
}

export interface Figure {
  /** Stable key for scripts, e.g. "engine.rowsPerSecond.100k". */
  key: string;
  label: string;
  /** null when the part could not run. */
  value: number | null;
  unit: string;
  target: Target | null;
  /** null for explanatory figures. */
  ok: boolean | null;
  /** Why the value is missing or what it means. */
  note?: string;
}

export function measured(key: string, label: string, value: number, unit: string, target: Target | null = null, note?: string): Figure {
  return { key, label, value, unit, target, ok: target ? meets(value, target) : null, ...(note ? { note } : {}) };
}

/** A part that could not run is a failed figure with its reason, never a silent skip. */
export function failed(key: string, label: string, reason: string): Figure {
  return { key, label, value: null, unit: '', target: null, ok: false, note: reason };
}

function meets(value: number, t: Target): boolean {
  if (t.op === '>=') return value >= t.limit;
  if (t.op === '<=') return value <= t.limit;
  return value === t.limit;
}

export const atLeast = (limit: number): Target => ({ op: '>=', limit });
export const atMost = (limit: number): Target => ({ op: '<=', limit });
export const exactly = (limit: number): Target => ({ op: '=', limit });

/** The error of a part as one line. */
export function reasonOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? 'unknown error';
}
