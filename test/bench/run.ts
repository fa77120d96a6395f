/**
 * `npm run bench` — the performance of the work users do, measured side by side in one run:
 * a reviewer's folder of 1,000 returns through the command line, one table checked, the task
 * pane's click in Chromium and its first load, a recalculation of PERF cells, the Office syncs,
 * the review page, the worst hostile inputs. Prints a table (or, with `--json`, one JSON object
 * on stdout and nothing else) and exits 1 when a target is missed or a part could not run.
 * `--only=batch,table` runs some parts (for working on one of them). Builds come from
 * PERF_SELFEVAL_DIST (default dist/); a missing build is built there.
 */
import { batchBench } from './batchBench';
import { bundleBench } from './bundleBench';
import { failed, reasonOf, type Figure } from './figures';
import { functionsBench } from './functionsBench';
import { hostileBench } from './hostileBench';
import { loadAverage, machine } from './machine';
import { officeBench } from './officeBench';
import { paneBench } from './paneBench';
import { table, valuesByKey, type BenchResult } from './report';
import { reviewBench } from './reviewBench';
import { tableBench } from './tableBench';
import { now } from './timing';

const PARTS: { name: string; label: string; run: () => Promise<Figure[]> }[] = [
  { name: 'table', label: 'one table (checkGrid)', run: tableBench },
  { name: 'functions', label: 'PERF recalculation', run: functionsBench },
  { name: 'office', label: 'Office adapter syncs', run: officeBench },
  { name: 'pane', label: 'task pane in Chromium', run: async () => [...(await paneBench()), ...(await bundleBench())] },
  { name: 'review', label: 'review page', run: reviewBench },
  { name: 'batch', label: 'folder of returns through the command line', run: batchBench },
  { name: 'hostile', label: 'hostile inputs', run: hostileBench },
];

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const started = now();
  const load = loadAverage();
  const figures: Figure[] = [];
  for (const part of PARTS.filter((p) => !only || only.includes(p.name))) {
    process.stderr.write(`bench: ${part.name}…\n`);
    const t0 = now();
    try {
      figures.push(...(await part.run()));
    } catch (e) {
      figures.push(failed(`${part.name}.failed`, `${part.label}: could not run`, reasonOf(e)));
    }
    process.stderr.write(`bench: ${part.name} ${((now() - t0) / 1000).toFixed(0)} s\n`);
  }
  const result: BenchResult = { machine: machine(load), ok: figures.every((f) => f.ok !== false), seconds: (now() - started) / 1000, values: valuesByKey(figures), figures };
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
