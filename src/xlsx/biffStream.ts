import { WorkbookReadError } from './readErrors';

/**
 * SheetJS reads what it can of a damaged .xls and drops the rest without a word: a stream cut
 * short by a broken sector chain (a FAT or mini-FAT entry pointing back into the chain: the
 * compound file reader stops there), or records it cannot frame, become a workbook with fewer
 * sheets or none — "no table found", exit 0. The framing of the Workbook stream is checked here
 * instead, before parsing: BIFF has no checksum, but every damage that loses data breaks it.
 *
 * MS-XLS §2.1.4: the stream is a sequence of substreams, each BOF … EOF (charts inside a sheet
 * nest one more); a record is type (2 bytes), length (2), data; each BoundSheet8 of the globals
 * substream gives the stream offset of its sheet's BOF.
 */

/** BOF of BIFF2, 3, 4 and of BIFF5/8 (MS-XLS 2.4.21; the older ones as SheetJS reads them). */
const BOF = new Set([0x0009, 0x0209, 0x0409, 0x0809]);
const EOF = 0x000a;
const BOUND_SHEET = 0x0085;

function corrupt(why: string): WorkbookReadError {
  return new WorkbookReadError('corrupt', `xls: ${why}`);
}

/** One stream of a compound file as SheetJS's CFB reader gives it. */
export interface CfbStream {
  name: string;
  /** 2 for a stream. */
  type: number;
  /** As the directory entry declares it. */
  size: number;
  /** What the sector chain yielded. */
  content?: Uint8Array | number[] | null;
}

/**
 * Throws WorkbookReadError('corrupt') when the workbook stream (Workbook, or Book for BIFF5)
 * is shorter than its directory entry says, or its records do not frame: a record running past
 * the end, a substream not opened by BOF or not closed by EOF, a sheet's offset not at a BOF.
 * Zero padding after the last substream is allowed.
 */
export function assertSoundWorkbookStream(streams: readonly CfbStream[]): void {
  const stream = streams.find((s) => s.type === 2 && /^(workbook|book)$/i.test(s.name));
  if (!stream) return;
  const content = stream.content ?? [];
  if (content.length < stream.size) throw corrupt(`the ${stream.name} stream has ${content.length} of its ${stream.size} bytes (a broken sector chain)`);
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content as Uint8Array);
  assertFramed(buf.subarray(0, stream.size));
}

function assertFramed(buf: Buffer): void {
  const bofs = new Set<number>();
  const sheets: number[] = [];
  let depth = 0;
  let at = 0;
  for (; at + 4 <= buf.length; ) {
    const type = buf.readUInt16LE(at);
    const length = buf.readUInt16LE(at + 2);
    if (depth === 0 && !BOF.has(type)) {
      if (bofs.size > 0 && buf.subarray(at).every((b) => b === 0)) break;
      throw corrupt(`a record (0x${type.toString(16)}) outside any substream at ${at}`);
    }
    if (at + 4 + length > buf.length) throw corrupt(`a record (0x${type.toString(16)}) runs past the end of the stream at ${at}`);
    if (BOF.has(type)) {
      if (depth === 0) bofs.add(at);
      depth++;
    } else if (type === EOF) depth--;
    else if (type === BOUND_SHEET && bofs.size === 1 && depth === 1 && length >= 4) sheets.push(buf.readUInt32LE(at + 4));
    at += 4 + length;
  }
  if (depth !== 0) throw corrupt('the stream ends inside a substream (no EOF)');
  if (bofs.size === 0) throw corrupt('no BOF record');
  const lost = sheets.find((offset) => !bofs.has(offset));
  if (lost !== undefined) throw corrupt(`a sheet's BOF is not at its offset ${lost}`);
}
