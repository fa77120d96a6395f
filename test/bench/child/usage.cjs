// Preloaded with `node --require` into a benchmarked child: on exit, writes the process's
// peak resident set size (KB, getrusage ru_maxrss) and CPU time (ms, user + system) as
// JSON to $BENCH_USAGE_FILE.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRSSKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
