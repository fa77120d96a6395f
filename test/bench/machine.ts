import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  totalMemoryMB: number;
  os: string;
  /** 1-minute load average when the bench started and ended: above `cores`, other work shared the CPU. */
  load: { start: number; end: number };
}

export const loadAverage = (): number => Math.round(os.loadavg()[0] * 100) / 100;

export function machine(loadAtStart: number): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: { start: loadAtStart, end: loadAverage() },
  };
}

export function machineLine(m: Machine): string {
  return `machine: ${m.cpu}, ${m.cores} cores, ${m.totalMemoryMB} MB, node ${m.node}, ${m.os}; load average ${m.load.start} → ${m.load.end}`;
}
