/**
 * A check worker asked to stop (src/cli/check/worker.ts) finishes the file it is on, posts its
 * outcome, then ends by itself: a stopping run never has to terminate a worker in the middle of a file.
 * Runs the built command's own file as a worker, as the command does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { STOP_MESSAGE, WORKER_ROLE } from '../../src/cli/check/workerRole';
import type { FileJob, FileOutcome } from '../../src/cli/check/checkFile';
import { cli } from '../hostile/runBuilt';
import { describeIfExists, sharedDir } from '../support/paths';

const workbook = path.join(sharedDir, 'fixtures', 'pujin-2023-dept.xlsx');
const job = (index: number): FileJob => ({ index, file: workbook, abs: workbook, rounding: 'cut', pack: { builtin: 'default' }, annotateDir: null });

/** The worker's messages and its exit code, in the order they came. */
function watch(worker: Worker): Promise<{ events: string[]; outcomes: FileOutcome[] }> {
  const events: string[] = [];
  const outcomes: FileOutcome[] = [];
  worker.on('message', (o: FileOutcome) => {
    events.push(`outcome ${o.index}`);
    outcomes.push(o);
  });
  return new Promise((resolve) => worker.once('exit', (code) => resolve({ events: [...events, `exit ${code}`], outcomes })));
}

const missing = [cli, workbook].find((p) => !fs.existsSync(p)) ?? cli;

describeIfExists(missing, 'the built command and the shared fixtures are needed')('a check worker asked to stop', () => {
  const start = () => new Worker(cli, { workerData: { role: WORKER_ROLE } });

  it('finishes the file it is checking, posts it, then exits', async () => {
    const worker = start();
    const seen = watch(worker);
    worker.postMessage(job(0));
    worker.postMessage(STOP_MESSAGE);
    const { events, outcomes } = await seen;
    expect(events).toEqual(['outcome 0', 'exit 0']);
    expect(outcomes[0].entry.error).toBeNull();
    expect(outcomes[0].entry.tables.length).toBeGreaterThan(0);
  });

  it('exits at once when idle', async () => {
    const worker = start();
    const seen = watch(worker);
    worker.postMessage(job(0));
    await new Promise<void>((r) => worker.once('message', () => r()));
    worker.postMessage(STOP_MESSAGE);
    expect((await seen).events).toEqual(['outcome 0', 'exit 0']);
  });
});
