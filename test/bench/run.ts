/**
 * `npm run bench` — the performance figures of the engine, the command line, the Office
 * adapter, the custom functions and the task pane bundle, measured side by side in one
 * run. Prints a table (or, with `--json`, one JSON object on stdout and nothing else)
 * and exits 1 when a target is missed or a part could not run, so it can gate a release.
 * `--only engine,cli` runs some parts (for working on one of them).
 */
import { bundleBench } from './bundleBench';
import { cliBench } from './cliBench';
import { engineBench } from './engineBench';
import { failed, reasonOf, type Figure } from './figures';
import { functionsBench } from './functionsBench';
import { loadAverage, machine } from './machine';
import { officeBench } from './officeBench';
import { table, type BenchResult } from './report';
import { now } from './timing';

const PARTS: { name: string; label: string; run: () => Promise<Figure[]> }[] = [
  { name: 'engine', label: 'engine (checkGrid)', run: engineBench },
  { name: 'cli', label: 'command line over .xlsx', run: cliBench },
  { name: 'office', label: 'Office adapter syncs', run: officeBench },
  { name: 'functions', label: 'custom functions', run: functionsBench },
  { name: 'taskpane', label: 'task pane bundle', run: bundleBench },
];

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const started = now();
  const load = loadAverage();
  const figures: Figure[] = [];
  for (const part of PARTS.filter((p) => !only || only.includes(p.name))) {
    process.stderr.write(`bench: ${part.name}…\n`);
    try {
      figures.push(...(await part.run()));
    } catch (e) {
      figures.push(failed(`${part.name}.failed`, `${part.label}: could not run`, reasonOf(e)));
    }
  }
  const result: BenchResult = { machine: machine(load), ok: figures.every((f) => f.ok !== false), seconds: (now() - started) / 1000, figures };
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
  return result.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench: ${reasonOf(e)}\n`);
    process.exitCode = 2;
  },
);
