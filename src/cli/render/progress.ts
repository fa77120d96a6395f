import type { CliIo } from '../io';
import { visible } from './visible';

/**
 * One progress line on stderr while several files are checked (or on a terminal),
 * rewritten in place; notes (unreadable file, no table) are printed on lines of their own.
 * File names and notes are made visible (their control characters shown, not obeyed).
 */
export class Progress {
  private readonly active: boolean;
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {
    this.active = total > 1 || (Boolean(io.stderrIsTTY) && total > 0);
  }

  show(index: number, file: string): void {
    if (!this.active) return;
    const shown = visible(file);
    const name = shown.length > 60 ? `…${shown.slice(-59)}` : shown;
    const line = `检查中 / checking ${index + 1}/${this.total}: ${name}`;
    // A terminal gets one line rewritten in place; a log file gets plain lines, no escape codes.
    if (!this.io.stderrIsTTY) return this.io.stderr(`${line}\n`);
    this.io.stderr(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** Ends the progress line (if any) so that the next output starts on a fresh line. */
  clear(): void {
    if (this.shown) this.io.stderr('\r\x1b[K');
    this.shown = false;
  }

  note(text: string): void {
    this.clear();
    this.io.stderr(`${visible(text)}\n`);
  }

  done(): void {
    this.clear();
  }
}
