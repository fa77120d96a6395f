import { inflateRawSync } from 'node:zlib';
import { limitError, type ReadLimits } from './limits';
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
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

function corrupt(why: string): WorkbookReadError {
  return new WorkbookReadError('corrupt', why);
}

/**
 * The members of a zip archive, in central-directory order (no decompression). Throws
 * WorkbookReadError: corrupt for a damaged directory, too-large when a declared size is
 * over the limits (Zip64 sizes are: no workbook needs 4 GB), encrypted for encrypted entries.
 */
export function listZip(buf: Buffer, limits: ReadLimits): ZipEntry[] {
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw corrupt('zip: bad central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    };
    if (entry.flags & 1) throw new WorkbookReadError('encrypted');
    if (entry.size === ZIP64_MARK || entry.size > limits.entryBytes) throw limitError('entryBytes', limits, entry.name);
    total += entry.size;
    if (total > limits.workbookBytes) throw limitError('workbookBytes', limits);
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
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
