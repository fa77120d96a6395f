import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { HostProfile, SheetSeed } from './excelDouble';

/**
 * What the Chromium tests serve in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js:
 * the strict Excel double (excelDouble.ts, transpiled here) with Office, Excel and CustomFunctions
 * installed for a host profile and a workbook. In the page, `window.__excel` is the workbook state
 * and `window.__double` the double's functions (renameSheet, marksOf …) for the test to drive.
 */
let transpiled: string | null = null;

function doubleScript(): string {
  transpiled ??= ts.transpileModule(fs.readFileSync(path.join(__dirname, 'excelDouble.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return transpiled;
}

export function officeStub(profile: HostProfile, seeds: SheetSeed[]): string {
  return `(function () {
  var exports = {};
  ${doubleScript()}
  var state = exports.createWorkbook(${JSON.stringify(profile)}, ${JSON.stringify(seeds)});
  window.__excel = state;
  window.__double = exports;
  exports.installGlobals(window, state);
})();`;
}
