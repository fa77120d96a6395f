/**
 * What a bundle is made of, from its source map: the generated characters each source
 * produced, grouped by npm package (or by src/ folder), largest first. Needs no
 * source-map library: the mappings are decoded here (base64 VLQ, source map v3).
 */
export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

export function bundleMakeup(code: string, map: SourceMapV3): { group: string; share: number }[] {
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  let source = 0;
  map.mappings.split(';').forEach((line, l) => {
    const segments = line ? line.split(',').map(decodeVlq) : [];
    let col = 0;
    const starts: { col: number; source: number | null }[] = [];
    for (const s of segments) {
      col += s[0];
      if (s.length >= 4) source += s[1];
      starts.push({ col, source: s.length >= 4 ? source : null });
    }
    starts.forEach((st, i) => {
      if (st.source === null) return;
      const end = i + 1 < starts.length ? starts[i + 1].col : (lines[l]?.length ?? st.col);
      const group = groupOf(map.sources[st.source] ?? '?');
      bytes.set(group, (bytes.get(group) ?? 0) + Math.max(0, end - st.col));
    });
  });
  const total = [...bytes.values()].reduce((a, b) => a + b, 0) || 1;
  return [...bytes].map(([group, n]) => ({ group, share: n / total })).sort((a, b) => b.share - a.share);
}

/** "webpack://x/./node_modules/@fluentui/react-button/lib/…" → "@fluentui/react-button"; src files by folder. */
function groupOf(source: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return inModules[1];
  const inSrc = /\/(src\/[^/]+)\//.exec(source);
  return inSrc ? inSrc[1] : 'webpack runtime / other';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
