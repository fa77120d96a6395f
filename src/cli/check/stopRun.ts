import { RunOutputs } from './runOutputs';
import { stopAllWorkers } from './workerPool';
import { stopThen } from '../output/tempFiles';
import { visible } from '../render/visible';

/** Why a run stops before its end, said first when it does. */
const WHY = {
  'stdout-closed': '已停止：标准输出已关闭（如 | head），其余文件未检查 / stopped: standard output was closed (as by | head), the remaining files were not checked',
  'parent-gone': '已停止：启动本次检查的进程已结束 / stopped: the process that started this check has ended',
} as const;

export type StopReason = keyof typeof WHY;

/**
 * Stops a run that cannot usefully go on: nothing more is reported or written, each worker
 * finishes the file it is on, temporary files are removed; then stderr says why and which
 * outputs were not written (the summary, the page, the copies of files not reached), and the
 * process ends with status 2 (an output could not be written). Once, however often asked.
 */
export function stopRun(why: StopReason): void {
  const outputs = RunOutputs.current;
  outputs?.stop();
  process.exitCode = 2;
  void stopThen(stopAllWorkers, () => {
    const lines = [WHY[why], ...(outputs?.unwritten() ?? [])];
    try {
      process.stderr.write(lines.map((l) => `${visible(l)}\n`).join(''));
    } catch {
      // stderr closed as well: the status says it.
    }
    process.exit(2);
  });
}
