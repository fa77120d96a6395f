import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { distDir, ensureBuilt } from './buildOutput';
import { atMost, exactly, measured, type Figure } from './figures';

/**
 * Figure 5: what the task pane page loads first — the <script src> bundles of
 * dist/taskpane.html other than the Office CDN — gzipped at level 9, and functions.js
 * alone; and whether exceljs slipped into those bundles (its OOXML part names are
 * string literals that minification keeps; exceljs's own browser build, which a web
 * bundle would take in, shows that the signature finds it).
 */
const MAX_TASKPANE_KB = 150;
const EXCELJS_SIGNATURES = ['xl/sharedStrings.xml', '[Content_Types].xml', 'docProps/core.xml'];

export async function bundleBench(): Promise<Figure[]> {
  const html = fs.readFileSync(ensureBuilt(path.join(distDir, 'taskpane.html')), 'utf8');
  const scripts = localScripts(html);
  if (scripts.length === 0) throw new Error('dist/taskpane.html loads no local <script src>');
  const bundles = scripts.map((s) => fs.readFileSync(path.join(distDir, s)));
  const gzKB = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length / 1024;
  const total = bundles.reduce((sum, b) => sum + gzKB(b), 0);
  const functionsJs = path.join(distDir, 'functions.js');
  const withExceljs = scripts.filter((_, i) => hasExceljs(bundles[i]));
  const figures = [
    measured('taskpane.gzKB', `task pane first load (${scripts.join(' + ')}), gz`, round1(total), 'KB', atMost(MAX_TASKPANE_KB)),
    measured('taskpane.exceljsBundles', `  bundles containing exceljs${withExceljs.length ? `: ${withExceljs.join(', ')}` : ''}`, withExceljs.length, '', exactly(0)),
  ];
  if (fs.existsSync(functionsJs)) figures.push(measured('functions.gzKB', 'functions.js, gz', round1(gzKB(fs.readFileSync(functionsJs))), 'KB'));
  if (!hasExceljs(fs.readFileSync(require.resolve('exceljs/dist/exceljs.min.js')))) {
    throw new Error('the exceljs signature does not find exceljs in its own browser build: update EXCELJS_SIGNATURES');
  }
  return figures;
}

/** Local script paths of a page, in load order; absolute URLs (the Office CDN) are left out. */
export function localScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
  return srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => s.replace(/[?#].*$/, '').replace(/^\.?\//, ''));
}

function hasExceljs(bundle: Buffer): boolean {
  return EXCELJS_SIGNATURES.some((s) => bundle.includes(s));
}

const round1 = (x: number) => Math.round(x * 10) / 10;
