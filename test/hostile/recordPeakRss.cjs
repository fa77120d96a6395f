// Preloaded into the command under test when GNU time is absent: writes its peak RSS (KB) on exit.
process.on('exit', () => {
  if (process.env.PERF_HOSTILE_RSS_FILE) require('node:fs').writeFileSync(process.env.PERF_HOSTILE_RSS_FILE, String(process.resourceUsage().maxRSS));
});
