import fs from 'node:fs';

/**
 * The node flags in a script's #! line (`#!/usr/bin/env -S node --flag` → ['--flag']), so that a
 * test or bench that starts the script with `node` runs it as its users' shell does.
 */
export function shebangNodeFlags(script: string): string[] {
  const fd = fs.openSync(script, 'r');
  const head = Buffer.alloc(256);
  const length = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const first = head.subarray(0, length).toString('utf8').split('\n', 1)[0];
  const match = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+-\S+)*)\s*$/.exec(first);
  if (!match) throw new Error(`${script} does not start with a "#!/usr/bin/env node" line: ${first.slice(0, 80)}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}
