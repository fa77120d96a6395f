import { isProblem, readValue, type CellArg } from './cellValue';

/**
 * Every cell of a range argument, whatever its shape: Excel passes a matrix (rows of cells),
 * but a scalar, a single row, nothing at all or nested arrays must read the same way. Cells
 * that cannot be read (an unknown data type) are skipped, as text is by PERF.SUM.
 */
export function* eachCell(arg: unknown): Generator<{ value: CellArg; numberFormat?: string }> {
  const stack: unknown[] = [arg];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) {
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
      continue;
    }
    const cell = readValue(next);
    if (!isProblem(cell)) yield cell;
  }
}
