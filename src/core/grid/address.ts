/** A1 notation ↔ 0-based sheet coordinates. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B12" or "$B$12" → { row: 11, col: 1 }; null when not an address. */
export function fromA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]) };
}

/** "A1:I61" from inclusive 0-based bounds ("A1" when it is one cell). */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** "A1:I61" → inclusive bounds; null when not a range. */
export function fromRangeA1(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = range.split(':');
  const p = fromA1(a);
  const q = fromA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
