// Preloaded with `node --require` into a benchmarked child: on exit, writes the
// process's peak resident set size (KB, getrusage ru_maxrss) to $BENCH_RSS_FILE.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
