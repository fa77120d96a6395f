/**
 * Clocks. The figures use CPU time of this process (all its threads, so V8's helper
 * threads for garbage collection count too): on a shared machine other processes take
 * turns on the cores, which stretches wall time but not CPU time. Wall time is shown
 * beside it for reference.
 */
export const now = (): number => performance.now();

/** CPU milliseconds (user + system) this process has used. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

