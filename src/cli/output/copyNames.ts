/**
 * The names --annotate gives its copies: NAME.checked.EXT, then NAME.checked (2).EXT … (EXT: the
 * input's OOXML extension, .xlsx for every other format; src/xlsx/annotate.ts). One pattern for
 * the folder walk, which leaves copies out, and for the outputs, which must not land on one.
 */
export const COPY_NAME = /\.checked(?: \(\d+\))?\.(?:xlsx|xlsm|xltx|xltm)$/i;

/** Whether a file name is one an annotated copy is given. */
export function isCopyName(name: string): boolean {
  return COPY_NAME.test(name);
}

/**
 * The n-th name for a copy first named `first` (NAME.checked.EXT): itself for 1, else NAME.checked (n).EXT.
 * @example numberedCopyName('单位.checked.xlsm', 2) // '单位.checked (2).xlsm'
 */
export function numberedCopyName(first: string, n: number): string {
  if (n === 1) return first;
  const m = /^(.*)\.checked(\.[^.]+)$/i.exec(first);
  return m ? `${m[1]}.checked (${n})${m[2]}` : `${first} (${n})`;
}
