/** The sheet name a template of `year` prefers: "自评表(2025)". */
export function templateSheetName(year: number): string {
  return `自评表(${year})`;
}

/**
 * Return `base`, or "base (2)", "base (3)" … — the first name not taken (Excel compares sheet
 * names without regard to case), so that inserting a template never replaces a sheet.
 *
 * @example uniqueSheetName('自评表(2025)', ['Sheet1', '自评表(2025)']) // '自评表(2025) (2)'
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}
