import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  totalMemoryMB: number;
  os: string;
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

export function machineLine(m: Machine): string {
  return `machine: ${m.cpu}, ${m.cores} cores, ${m.totalMemoryMB} MB, node ${m.node}, ${m.os}`;
}
