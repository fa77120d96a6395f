import {
  browserSettingsStore,
  createNotifier,
  describeSet,
  detectHost,
  documentSettingsStore,
  errorMessage,
  isSetSupported,
  readJson,
  settingsStore,
  writeJson,
} from './officeHelpers';

type OfficeGlobal = { Office?: unknown };
const g = globalThis as OfficeGlobal;

afterEach(() => {
  delete g.Office;
});

/** A fake Office.Settings over a Map, counting saveAsync calls. */
function fakeSettings(fail = false) {
  const map = new Map<string, unknown>();
  const settings = {
    saves: 0,
    get: (k: string) => map.get(k) ?? null,
    set: (k: string, v: unknown) => void map.set(k, v),
    remove: (k: string) => void map.delete(k),
    saveAsync(cb: (r: { status: string; error?: { message: string } }) => void) {
      settings.saves++;
      cb(fail ? { status: 'failed', error: { message: 'disk full' } } : { status: 'succeeded' });
    },
  };
  return settings;
}

describe('detectHost', () => {
  test.each([
    ['no office.js', undefined, { inOffice: false, host: null, platform: null }],
    ['outside Office', { onReady: async () => ({ host: null, platform: null }) }, { inOffice: false, host: null, platform: null }],
    ['in Excel', { onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }) }, { inOffice: true, host: 'Excel', platform: 'OfficeOnline' }],
  ])('%s', async (_name, officeGlobal, expected) => {
    if (officeGlobal) g.Office = officeGlobal;
    await expect(detectHost()).resolves.toEqual(expected);
  });
});

describe('isSetSupported', () => {
  const set = { name: 'ExcelApi', version: '1.13' };
  test('false without office.js', () => expect(isSetSupported(set)).toBe(false));
  test.each([
    ['1.12', false],
    ['1.13', true],
  ])('host with ExcelApi up to %s → %s', (max, expected) => {
    g.Office = { context: { requirements: { isSetSupported: (_n: string, v: string) => Number(v) <= Number(max) } } };
    expect(isSetSupported(set)).toBe(expected);
  });
  test('describeSet names it', () => expect(describeSet(set)).toBe('ExcelApi 1.13'));
});

describe('settings', () => {
  test('document settings: set, save, get, remove', async () => {
    const fake = fakeSettings();
    const store = documentSettingsStore(fake as unknown as Office.Settings);
    await store.set('k', 'v');
    expect(store.get('k')).toBe('v');
    await store.set('k', null);
    expect(store.get('k')).toBeNull();
    expect(fake.saves).toBe(2);
  });
  test('document settings: a failed save rejects with its message', async () => {
    const store = documentSettingsStore(fakeSettings(true) as unknown as Office.Settings);
    await expect(store.set('k', 'v')).rejects.toThrow('disk full');
  });
  test('settingsStore uses the document inside Office', async () => {
    const fake = fakeSettings();
    g.Office = { context: { document: { settings: fake } } };
    await settingsStore().set('k', 'v');
    expect(fake.get('k')).toBe('v');
  });
  test('browser store falls back to memory without localStorage', async () => {
    const store = browserSettingsStore(undefined);
    await store.set('k', 'v');
    expect(store.get('k')).toBe('v');
    await store.set('k', null);
    expect(store.get('k')).toBeNull();
  });
  test('JSON round trip; garbage reads as null', async () => {
    const store = browserSettingsStore(undefined);
    await writeJson(store, 'j', { a: [1, '2'] });
    expect(readJson(store, 'j')).toEqual({ a: [1, '2'] });
    await store.set('j', '{not json');
    expect(readJson(store, 'j')).toBeNull();
  });
});

describe('notifications and errors', () => {
  test('subscribers receive until they unsubscribe', () => {
    const notifier = createNotifier();
    const seen: string[] = [];
    const stop = notifier.subscribe((n) => seen.push(n.title));
    notifier.notify({ intent: 'info', title: 'a' });
    stop();
    notifier.notify({ intent: 'info', title: 'b' });
    expect(seen).toEqual(['a']);
  });
  test.each([
    [new Error('boom'), 'boom'],
    [{ message: 'rich api', code: 'InvalidArgument' }, 'rich api'],
    ['plain', 'plain'],
  ])('errorMessage(%p)', (e, expected) => expect(errorMessage(e)).toBe(expected));
});
