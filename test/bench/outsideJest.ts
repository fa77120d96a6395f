import Module from 'node:module';
import path from 'node:path';

/**
 * Lets the jest-side Excel fake (test/support/mockExcel.ts) run in plain Node:
 * - office-addin-mock requires office-addin-manifest, whose dependencies are ESM-only and
 *   fail to load outside jest on some Node 20 releases; jest maps it to a stub
 *   (jest.config.js), and so does this resolver hook, for that one name only;
 * - the fake wraps context.sync in `jest.fn`; a pass-through stands in when jest is absent.
 * Import this module before anything that imports office-addin-mock.
 */
const STUB = path.resolve(__dirname, '..', 'stubs', 'office-addin-manifest.js');

interface Resolver {
  _resolveFilename(request: string, ...rest: unknown[]): string;
}
const resolver = Module as unknown as Resolver;
const resolve = resolver._resolveFilename.bind(Module);
resolver._resolveFilename = (request, ...rest) => (request === 'office-addin-manifest' ? STUB : resolve(request, ...rest));

const host = globalThis as { jest?: unknown };
host.jest ??= { fn: <F>(implementation: F): F => implementation };
