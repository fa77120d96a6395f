import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, notBuilt, PAGE, suiteUnless } from './builtPage';

/**
 * Issue 8's budget for the built task pane: the scripts taskpane.html loads before the first
 * paint (every <script src> but the Office CDN) stay within 150 KB gzip -9 together, and
 * never contain exceljs. The engine (decimal.js) is not among them: it loads once the pane is
 * idle in Excel (or on the first 识别并检查).
 * Sizes are of the build, so this is deterministic (no timing).
 */
const BUDGET = 150_000;

/** The page's own scripts, in load order. */
function firstLoadScripts(): string[] {
  const html = fs.readFileSync(PAGE, 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

/** The source files a built script was made of (webpack writes a source map beside it). */
function sourcesOf(file: string): string[] {
  const map = path.join(DIST, `${file}.map`);
  if (!fs.existsSync(map)) throw new Error(`${map} missing: the production build writes source maps`);
  return (JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

suiteUnless(notBuilt(), 'first-load budget')('task pane first load (the built taskpane.html)', () => {
  test(`the page's scripts total at most ${BUDGET} bytes gzip -9`, () => {
    const scripts = firstLoadScripts();
    expect(scripts).toEqual(expect.arrayContaining(['taskpane.js', 'functions.js']));
    const sizes = Object.fromEntries(scripts.map((s) => [s, gzipSize(s)]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect({ total, sizes }).toEqual({ total: expect.any(Number), sizes });
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  test.each([
    ['exceljs', 'any first-load script', /node_modules\/exceljs\//, () => firstLoadScripts()],
    ['decimal.js and the engine', 'taskpane.js', /node_modules\/decimal\.js\/|src\/core\/check\.ts$/, () => ['taskpane.js']],
  ])('%s: not in %s', (_what, _where, pattern, scripts) => {
    for (const script of scripts()) expect(sourcesOf(script).filter((s) => pattern.test(s))).toEqual([]);
  });

  // The chunks loaded while idle for 识别并检查 are compiled whole as they load (webpack.config.js).
  test.each(['engine', 'results'])('the %s chunk opens with V8\'s compile hint, and its source map still fits', (name) => {
    const file = fs.readdirSync(DIST).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.js$`).test(f));
    expect(file).toBeDefined();
    const [first, code] = fs.readFileSync(path.join(DIST, file!), 'utf8').split('\n');
    expect(first).toBe('//# allFunctionsCalledOnLoad');
    // The map's mappings start on the code's line (the second): a leading ';' for the hint's line.
    const { mappings } = JSON.parse(fs.readFileSync(path.join(DIST, `${file}.map`), 'utf8')) as { mappings: string };
    expect({ startsAfterHint: mappings.startsWith(';'), code: code.length > 0 }).toEqual({ startsAfterHint: true, code: true });
  });
});
