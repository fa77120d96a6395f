/** Damaged copies of a valid return (issue 23 point 3), made at test time from SheetJS's own output. */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';

/** A one-indicator dept return: 得分 90 of 100 for a met target gives one finding. */
export const RETURN_ROWS: (string | number | null)[][] = [
  ['部门(单位)整体支出绩效自评表'],
  ['(2024年度)'],
  ['部门(单位)名称：培训中心'],
  [null, '全年预算数', '全年执行数', '执行率'],
  ['资金来源：(1)财政拨款', 82368086.83, 81774893.77, 99.27],
  ['一级指标', '权重', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分', '偏差原因分析'],
  ['产出指标', 100, '数量指标', '培训人次', '=100(人次)', '100(人次)', 100, 90],
];

/** The return written by SheetJS as `bookType`; `extraRows` indicator rows make the .xls stream pass the 4 KB mini-stream cutoff. */
export function returnAs(bookType: 'xls' | 'xlml' | 'xlsx', extraRows = 0): Buffer {
  const rows = [...RETURN_ROWS];
  for (let i = 0; i < extraRows; i++) rows.push(['产出指标', null, '数量指标', `培训人次${i}`, '=1(人次)', '1(人次)', 0, 0]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '自评表');
  return Buffer.from(XLSX.write(wb, { bookType, type: 'buffer' }) as Buffer);
}

/** A deterministic generator of numbers in [0, 1) (a linear congruential one: the same damage on every run). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** `count` random bytes written at random offsets within [from, to) of a copy of `bytes`. */
export function fuzzed(bytes: Buffer, seed: number, count: number, from = 0, to = bytes.length): Buffer {
  const next = random(seed);
  const out = Buffer.from(bytes);
  for (let i = 0; i < count; i++) out[from + Math.floor(next() * (to - from))] = Math.floor(next() * 256);
  return out;
}

/** The compound file's sector size and its allocation tables (FAT from the header's DIFAT, mini FAT). */
function compoundFile(xls: Buffer) {
  const sector = 1 << xls.readUInt16LE(30);
  const offset = (s: number) => (s + 1) * sector;
  const fatSectors = Array.from({ length: xls.readUInt32LE(44) }, (_, i) => xls.readUInt32LE(76 + 4 * i));
  const fatEntry = (n: number) => offset(fatSectors[Math.floor((n * 4) / sector)]) + ((n * 4) % sector);
  const miniFatEntry = (n: number) => offset(xls.readUInt32LE(60)) + n * 4;
  const dirEntry = (n: number) => offset(xls.readUInt32LE(48)) + 128 * n;
  const streams = Array.from({ length: sector / 128 }, (_, n) => dirEntry(n)).map((at) => ({
    name: xls.toString('utf16le', at, at + Math.max(0, xls.readUInt16LE(at + 64) - 2)),
    start: xls.readUInt32LE(at + 116),
    size: xls.readUInt32LE(at + 120),
  }));
  return { sector, offset, fatEntry, miniFatEntry, streams };
}

/**
 * An .xls whose allocation table sends a sector of the Workbook stream's chain back to itself:
 * in the FAT when the stream is 4 KB or more, else in the mini FAT (the FAT of the mini stream).
 * @param link which link of the chain loops (0: its first sector)
 */
export function selfLoop(xls: Buffer, link: number): Buffer {
  const cf = compoundFile(xls);
  const out = Buffer.from(xls);
  const stream = cf.streams.find((s) => s.name === 'Workbook')!;
  const entry = stream.size >= 4096 ? cf.fatEntry : cf.miniFatEntry;
  let at = stream.start;
  for (let i = 0; i < link; i++) at = out.readUInt32LE(entry(at));
  out.writeUInt32LE(at, entry(at));
  return out;
}

/** The Workbook stream's offsets in a small .xls (in the mini stream, itself in the root entry's chain). */
export function workbookStreamRange(xls: Buffer): [number, number] {
  const cf = compoundFile(xls);
  const root = cf.streams[0];
  const workbook = cf.streams.find((s) => s.name === 'Workbook')!;
  // SheetJS writes the root's chain contiguously: the mini stream is one run of sectors.
  const start = cf.offset(root.start) + workbook.start * 64;
  return [start, start + workbook.size];
}

/** A zip of stored members in the order given: names may repeat, which no zip library writes. */
export function storedZip(members: [string, Uint8Array][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of members) {
    const n = Buffer.from(name);
    const crc = zlib.crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, Buffer.from(data));
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The members of an .xlsx, in its order. */
export function membersOf(xlsx: Buffer): [string, Uint8Array][] {
  return Object.entries(unzipSync(xlsx));
}

/** The part of archiver (exceljs's zip writer, without typings here) that writes a package. */
interface Archive {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (e: Error) => void): void;
  append(data: Buffer, options: { name: string; store: boolean }): void;
  finalize(): Promise<void>;
}
const loadArchiver = () => createRequire(__filename)('archiver') as (format: 'zip', options: { store: boolean }) => Archive;

/**
 * A Zip64 package (written by archiver: more than 65,535 members need the Zip64 end record) of
 * `filler` one-byte members followed by the workbook's own members, so that a reader counting
 * only the 16-bit member count never reaches the workbook.
 */
export async function zip64Package(xlsx: Buffer, filler: number): Promise<Buffer> {
  const archive = loadArchiver()('zip', { store: true });
  const chunks: Buffer[] = [];
  archive.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  const one = Buffer.from('x');
  for (let i = 0; i < filler; i++) archive.append(one, { name: `customXml/filler/${i}.bin`, store: true });
  for (const [name, data] of membersOf(xlsx)) archive.append(Buffer.from(data), { name, store: true });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
