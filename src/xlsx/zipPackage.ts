import { inflateRawSync } from 'node:zlib';
import { limitError, MAX_MEMBERS, type ReadLimits } from './limits';
import { WorkbookReadError } from './readErrors';

/** One member of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared; the inflation is bounded whatever it says. */
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** The Zip64 extended-information extra field (APPNOTE 4.5.3). */
const ZIP64_EXTRA = 0x0001;

function corrupt(why: string): WorkbookReadError {
  return new WorkbookReadError('corrupt', why);
}

/**
 * The members of a zip archive, in central-directory order (no decompression). Throws
 * WorkbookReadError: corrupt for a damaged directory (one that does not end where the end record
 * says, or names a member twice: OPC part names are compared without case, ECMA-376-2 §6.2.2.3),
 * too-large when there are more members than the limit or a declared size is over the limits,
 * encrypted for encrypted entries. Zip64 archives (more than 65,535 members) are read by their
 * Zip64 end record, so that no member is left out unseen.
 */
export function listZip(buf: Buffer, limits: ReadLimits): ZipEntry[] {
  const { count, offset, size } = centralDirectory(buf);
  if (count > (limits.members ?? MAX_MEMBERS)) throw limitError('members', limits);
  const end = offset + size;
  if (end > buf.length) throw corrupt('zip: the central directory runs past the end of the file');
  let at = offset;
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL) throw corrupt('zip: bad central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const entry: ZipEntry = {
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    };
    readZip64Extra(buf.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    const key = entry.name.toLowerCase();
    if (names.has(key)) throw corrupt(`zip: the member ${entry.name} is there twice`);
    names.add(key);
    if (entry.flags & 1) throw new WorkbookReadError('encrypted');
    if (entry.size > limits.entryBytes) throw limitError('entryBytes', limits, entry.name);
    total += entry.size;
    if (total > limits.workbookBytes) throw limitError('workbookBytes', limits);
    entries.push(entry);
    at += 46 + nameLength + extraLength + buf.readUInt16LE(at + 32);
  }
  if (at !== end) throw corrupt('zip: the central directory holds other members than its end record counts');
  return entries;
}

/** Where the central directory is and how many members it lists: from the end record, or its Zip64 record. */
function centralDirectory(buf: Buffer): { count: number; offset: number; size: number } {
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  const zip64 = locator >= 0 && buf.readUInt32LE(locator) === ZIP64_LOCATOR;
  if (!zip64) {
    if (size === ZIP64_MARK || offset === ZIP64_MARK) throw corrupt('zip: Zip64 sizes without a Zip64 end record');
    return { count, offset, size };
  }
  const record = bigToNumber(buf.readBigUInt64LE(locator + 8));
  if (record + 56 > locator || buf.readUInt32LE(record) !== ZIP64_EOCD) throw corrupt('zip: bad Zip64 end record');
  return { count: bigToNumber(buf.readBigUInt64LE(record + 32)), size: bigToNumber(buf.readBigUInt64LE(record + 40)), offset: bigToNumber(buf.readBigUInt64LE(record + 48)) };
}

/** A 64-bit size or offset of a file this reader holds in memory (larger ones are damage, or over every limit). */
function bigToNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** The 64-bit values of a member's Zip64 extra field: in its order, only those whose 32-bit field is 0xFFFFFFFF. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  const wanted = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter((k) => entry[k] === ZIP64_MARK);
  if (wanted.length === 0) return;
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA) continue;
    const length = extra.readUInt16LE(at + 2);
    if (length < wanted.length * 8 || at + 4 + length > extra.length) break;
    wanted.forEach((k, i) => (entry[k] = bigToNumber(extra.readBigUInt64LE(at + 4 + 8 * i))));
    return;
  }
  throw corrupt(`zip: Zip64 sizes of ${entry.name} without their extra field`);
}

function findEocd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 65535); at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw corrupt('zip: no end of central directory');
}

/**
 * The uncompressed bytes of one member, inflating at most `maxBytes` (a bomb that lies about
 * its size stops there, having allocated no more). Throws too-large past the bound, corrupt on bad data.
 */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number, limits: ReadLimits): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw corrupt(`zip: bad local header for ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw boundError(maxBytes, limits, entry.name);
    return data;
  }
  if (entry.method !== 8) throw corrupt(`zip: unsupported compression ${entry.method} for ${entry.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: 1 << 20 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw boundError(maxBytes, limits, entry.name);
    throw corrupt(`zip: ${entry.name}: ${(e as Error).message}`);
  }
}

function boundError(maxBytes: number, limits: ReadLimits, name: string): WorkbookReadError {
  return maxBytes < limits.entryBytes ? limitError('workbookBytes', limits) : limitError('entryBytes', limits, name);
}

/**
 * Every member of the archive inflated, within the per-entry and per-workbook limits on what
 * inflation actually produces (not only on what the directory declares).
 * @param wanted members to inflate (default: all)
 */
export function unzipBounded(buf: Buffer, limits: ReadLimits, wanted: (name: string) => boolean = () => true): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let left = limits.workbookBytes;
  for (const entry of listZip(buf, limits)) {
    if (entry.name.endsWith('/') || !wanted(entry.name)) continue;
    const bytes = readZipEntry(buf, entry, Math.min(limits.entryBytes, left), limits);
    left -= bytes.length;
    out.set(entry.name, bytes);
  }
  return out;
}
