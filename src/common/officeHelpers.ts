/**
 * Our small replacement for the deprecated @microsoft/office-js-helpers: host
 * detection, requirement-set checks, settings storage and notifications. Every
 * function is guarded, so the task pane still works when office.js is absent
 * (opened in a plain browser, offline CDN, jest).
 */

/** Where the task pane runs. `host` is null outside an Office client. */
export interface HostInfo {
  inOffice: boolean;
  host: string | null;
  platform: string | null;
}

export const OUTSIDE_OFFICE: HostInfo = { inOffice: false, host: null, platform: null };

/** The global `Office`, or undefined when office.js did not load. */
function office(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Waits for office.js and says where we run. Outside Office the script calls
 * back with a null host; without the script we answer at once.
 * @example await detectHost() // { inOffice: true, host: 'Excel', platform: 'PC' }
 */
export async function detectHost(): Promise<HostInfo> {
  const o = office();
  if (!o || typeof o.onReady !== 'function') return OUTSIDE_OFFICE;
  const info = await o.onReady();
  const host = info?.host ? String(info.host) : null;
  return { inOffice: host !== null, host, platform: info?.platform ? String(info.platform) : null };
}

/** A requirement set, e.g. { name: 'ExcelApi', version: '1.13' }. */
export interface RequirementSet {
  name: string;
  version: string;
}

/** "ExcelApi 1.13": how the UI names a set. */
export function describeSet(set: RequirementSet): string {
  return `${set.name} ${set.version}`;
}

/**
 * Office.context.requirements.isSetSupported, false when office.js or the
 * context is missing (outside Office nothing is supported).
 */
export function isSetSupported(set: RequirementSet): boolean {
  const requirements = office()?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
  return requirements.isSetSupported(set.name, set.version);
}

/** Office.context.diagnostics' platform and version, or nulls outside Office. */
export function hostDiagnostics(): { platform: string | null; version: string | null } {
  const d = office()?.context?.diagnostics;
  return { platform: d?.platform ? String(d.platform) : null, version: d?.version ?? null };
}

/** The highest `name` 1.x set the host supports (e.g. "ExcelApi 1.17"), or null for none. */
export function highestSet(name: string, supports: (set: RequirementSet) => boolean = isSetSupported, upTo = 30): string | null {
  for (let minor = upTo; minor >= 1; minor--) if (supports({ name, version: `1.${minor}` })) return `${name} 1.${minor}`;
  return null;
}

/** Key/value storage kept with the document (or the browser outside Office). */
export interface SettingsStore {
  get(key: string): string | null;
  /** Writes and persists; resolves when saved. */
  set(key: string, value: string | null): Promise<void>;
}

/** Office.context.document.settings: travels with the workbook once it is saved. */
export function documentSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    get: (key) => {
      const v: unknown = settings.get(key);
      return typeof v === 'string' ? v : null;
    },
    set: (key, value) => {
      if (value === null) settings.remove(key);
      else settings.set(key, value);
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          // 'failed' is Office.AsyncResultStatus.Failed; compared as text so stubs need no enum.
          String(result.status) === 'failed' ? reject(new Error(result.error?.message ?? '保存设置失败')) : resolve(),
        ),
      );
    },
  };
}

/** localStorage, or memory where even that is missing (jest node environment). */
export function browserSettingsStore(storage: Storage | undefined = globalLocalStorage()): SettingsStore {
  const memory = new Map<string, string>();
  return {
    get: (key) => (storage ? storage.getItem(key) : (memory.get(key) ?? null)),
    set: async (key, value) => {
      if (storage) {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } else if (value === null) memory.delete(key);
      else memory.set(key, value);
    },
  };
}

function globalLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some sandboxed frames throw on access
  }
}

/** The document's settings inside Office, the browser's storage elsewhere. */
export function settingsStore(): SettingsStore {
  const settings = office()?.context?.document?.settings;
  return settings ? documentSettingsStore(settings) : browserSettingsStore();
}

/** JSON on top of a SettingsStore; a value that does not parse reads as null. */
export function readJson<T>(store: SettingsStore, key: string): T | null {
  const raw = store.get(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function writeJson(store: SettingsStore, key: string, value: unknown): Promise<void> {
  return store.set(key, value === null ? null : JSON.stringify(value));
}

/** A message for the user; the task pane renders these as Fluent MessageBars. */
export interface Notification {
  intent: 'info' | 'success' | 'warning' | 'error';
  title: string;
  body?: string;
}

export type NotificationListener = (n: Notification) => void;

/** Plumbing between adapters (which notify) and the UI (which listens). */
export interface Notifier {
  notify(n: Notification): void;
  subscribe(listener: NotificationListener): () => void;
}

export function createNotifier(): Notifier {
  const listeners = new Set<NotificationListener>();
  return {
    notify: (n) => listeners.forEach((l) => l(n)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The message of anything thrown (Office's RichApi.Error included). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
