// Draws the add-in's icons (assets/icon-16/32/64/80.png): a green sheet with a
// table grid and a check mark — "a checked self-evaluation table".
// Run: node src/dev/draw-icons.mjs  (no dependencies; PNG written with zlib).
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const GRID = [200, 230, 210];
const CHECK = [255, 196, 0];

/** Colour of the design at unit coordinates (0..1), or null for transparent. */
function shade(x, y) {
  const inRoundRect = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  const nearSegment = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
  };
  if (nearSegment(0.5, 0.72, 0.64, 0.86, 0.07) || nearSegment(0.64, 0.86, 0.93, 0.5, 0.07)) return CHECK;
  if (!inRoundRect(0.06, 0.06, 0.94, 0.94, 0.12)) return null;
  const sheet = inRoundRect(0.18, 0.2, 0.82, 0.8, 0.03);
  if (!sheet) return GREEN;
  const lines = [0.2, 0.35, 0.5, 0.65, 0.8].some((g) => Math.abs(y - g) < 0.025) || [0.18, 0.4, 0.82].some((g) => Math.abs(x - g) < 0.025);
  return lines ? GRID : WHITE;
}

function render(size) {
  const ss = 4; // supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const o = (py * size + px) * 4;
      if (a) { rgba[o] = r / a; rgba[o + 1] = g / a; rgba[o + 2] = b / a; rgba[o + 3] = (255 * a) / (ss * ss); }
    }
  }
  return png(size, rgba);
}

function png(size, rgba) {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync('assets', { recursive: true });
for (const size of SIZES) fs.writeFileSync(`assets/icon-${size}.png`, render(size));
console.log(`wrote ${SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
