import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { distDir, ensureBuilt } from './buildOutput';
import { bundleMakeup, type SourceMapV3 } from './bundleMakeup';
import { atMost, exactly, measured, type Figure } from './figures';

/**
 * Figure pane.firstLoadKB: what the task pane page loads first — the <script src> bundles of
 * dist/taskpane.html other than the Office CDN — gzipped at level 9; functions.js alone
 * and the chunks loaded later on first use, for reference; and whether exceljs slipped
 * into any web bundle, first-load or lazy (its OOXML part names are string literals
 * that minification keeps; exceljs's own browser build, which a web bundle would take
 * in, shows that the signature finds it).
 */
const MAX_TASKPANE_KB = 150;
const TOP_GROUPS = 5;
const EXCELJS_SIGNATURES = ['xl/sharedStrings.xml', '[Content_Types].xml', 'docProps/core.xml'];

export async function bundleBench(): Promise<Figure[]> {
  const html = fs.readFileSync(ensureBuilt(path.join(distDir, 'taskpane.html')), 'utf8');
  const scripts = localScripts(html);
  if (scripts.length === 0) throw new Error('dist/taskpane.html loads no local <script src>');
  const bundles = scripts.map((s) => fs.readFileSync(path.join(distDir, s)));
  const gzKB = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length / 1024;
  const total = bundles.reduce((sum, b) => sum + gzKB(b), 0);
  const functionsJs = path.join(distDir, 'functions.js');
  const web = fs.readdirSync(distDir).filter((f) => f.endsWith('.js'));
  const lazy = web.filter((f) => !scripts.includes(f) && f !== 'functions.js');
  const withExceljs = web.filter((f) => hasExceljs(fs.readFileSync(path.join(distDir, f))));
  const figures = [
    measured('pane.firstLoadKB', `pane: first-load JavaScript (${scripts.join(' + ')}), gz -9`, round1(total), 'KB', atMost(MAX_TASKPANE_KB)),
    measured('taskpane.lazyGzKB', `  loaded on first use (${lazy.length} chunks), gz`, round1(lazy.reduce((sum, f) => sum + gzKB(fs.readFileSync(path.join(distDir, f))), 0)), 'KB'),
    measured('taskpane.exceljsBundles', `  web bundles containing exceljs (of ${web.length})${withExceljs.length ? `: ${withExceljs.join(', ')}` : ''}`, withExceljs.length, '', exactly(0)),
  ];
  if (fs.existsSync(functionsJs)) figures.push(measured('functions.gzKB', 'functions.js, gz', round1(gzKB(fs.readFileSync(functionsJs))), 'KB'));
  figures.push(...makeupFigures(scripts, bundles.map(gzKB)));
  if (!hasExceljs(fs.readFileSync(require.resolve('exceljs/dist/exceljs.min.js')))) {
    throw new Error('the exceljs signature does not find exceljs in its own browser build: update EXCELJS_SIGNATURES');
  }
  return figures;
}

/** Local script paths of a page, in load order; absolute URLs (the Office CDN) are left out. */
export function localScripts(html: string): string[] {
  // Minified pages leave attribute values unquoted: src=taskpane.js.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s"'>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  return srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => s.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
}

/**
 * Where the kilobytes come from (explanatory): the largest packages of each bundle, and
 * packages that more than one bundle of the page carries (loaded twice). gz KB are
 * estimated as the package's share of the bundle's characters × the bundle's gz size.
 */
function makeupFigures(scripts: string[], gz: number[]): Figure[] {
  const figures: Figure[] = [];
  const seen = new Map<string, { script: string; kb: number }[]>();
  scripts.forEach((script, i) => {
    const mapFile = path.join(distDir, `${script}.map`);
    if (!fs.existsSync(mapFile)) return;
    const makeup = bundleMakeup(fs.readFileSync(path.join(distDir, script), 'utf8'), JSON.parse(fs.readFileSync(mapFile, 'utf8')) as SourceMapV3);
    for (const { group, share } of makeup) seen.set(group, [...(seen.get(group) ?? []), { script, kb: share * gz[i] }]);
    for (const { group, share } of makeup.slice(0, TOP_GROUPS)) {
      figures.push(measured(`taskpane.makeup.${script}.${group}`, `  in ${script}: ${group} (${(share * 100).toFixed(0)}%)`, round1(share * gz[i]), 'KB gz'));
    }
  });
  const twice = [...seen].filter(([, where]) => where.length > 1 && where.every((w) => w.kb >= 0.5));
  if (twice.length > 0) {
    const kb = twice.reduce((sum, [, where]) => sum + Math.min(...where.map((w) => w.kb)), 0);
    figures.push(measured('taskpane.loadedTwiceKB', `  loaded twice: ${twice.map(([g]) => g).join(', ')}`, round1(kb), 'KB gz'));
  }
  return figures;
}

function hasExceljs(bundle: Buffer): boolean {
  return EXCELJS_SIGNATURES.some((s) => bundle.includes(s));
}

const round1 = (x: number) => Math.round(x * 10) / 10;
