// Preloaded with `node --require` into a benchmarked child: on exit, writes the process's
// peak resident set size (KB, getrusage ru_maxrss) and CPU time (ms, user + system) as
// JSON to $BENCH_USAGE_FILE.
const fs = require('node:fs');

// A `check` that starts itself again with its node flags (src/cli/relaunch.ts) does its work in a
// child with this same preload, which ends, and writes, first: the figures are then of both
// processes, CPU added, and peak memory added too (both are alive together: at most the sum).
process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  const own = { maxRSSKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 };
  const child = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  const both = child ? { maxRSSKB: own.maxRSSKB + child.maxRSSKB, cpuMs: own.cpuMs + child.cpuMs } : own;
  fs.writeFileSync(file, JSON.stringify(both));
});
