/**
 * What a command writes to and where it runs: injected so that tests can run
 * `main()` in-process and read what it printed.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Whether stderr is a terminal (progress lines are shown only then, or for many files). */
  stderrIsTTY?: boolean;
  /** Whether stdout is a terminal (the --json report is indented only then). */
  stdoutIsTTY?: boolean;
  /**
   * The script check workers run (the command's own bundle, which switches on isMainThread).
   * Absent (in-process tests): files are checked in this thread, one after the other.
   */
  workerScript?: string;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  };
}
