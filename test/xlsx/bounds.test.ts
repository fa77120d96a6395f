/** Reading is bounded: zip bombs stop at the limit, huge sheets are refused by their cell count, sparse sheets stay sparse. */
import { constants, deflateRawSync } from 'node:zlib';
import { WorkbookReadError } from '../../src/xlsx/readErrors';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { num, rawParts, str, zipParts } from './rawPackage';

/**
 * A zip whose one member inflates to `repeats` MiB of spaces while the archive stays small:
 * the same sync-flushed deflate block repeated, then an empty final block. `declared` is
 * the uncompressed size its headers claim (a liar's small number, or the truth).
 */
function bomb(repeats: number, declared?: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(2 ** 20, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array<Buffer>(repeats).fill(block), deflateRawSync(Buffer.alloc(0))]);
  const parts = rawParts([{ name: 'S', sheetData: '' }]);
  const base = zipParts(parts);
  return withMember(base, 'xl/worksheets/sheet1.xml', data, declared ?? repeats * 2 ** 20);
}

/** Replaces a member's data by raw deflated bytes (sizes as given), rewriting the local and central headers. */
function withMember(zip: Buffer, name: string, data: Buffer, size: number): Buffer {
  const members: Buffer[] = [];
  const central: Buffer[] = [];
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const cdLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const localLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const header = Buffer.from(zip.subarray(local, local + localLength));
    const cd = Buffer.from(zip.subarray(at, at + cdLength));
    let body = zip.subarray(local + localLength, local + localLength + zip.readUInt32LE(at + 20));
    if (entryName === name) {
      body = data;
      for (const [h, base] of [[header, 14], [cd, 16]] as const) {
        h.writeUInt16LE(8, base - 6); // deflate
        h.writeUInt32LE(0, base); // crc: not checked by readers that bound the size first
        h.writeUInt32LE(data.length, base + 4);
        h.writeUInt32LE(size, base + 8);
      }
    }
    cd.writeUInt32LE(offset, 42);
    members.push(header, body);
    central.push(cd);
    offset += header.length + body.length;
    at += cdLength;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.from(zip.subarray(eocd, eocd + 22));
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...members, cdBytes, end]);
}

async function readError(buf: Buffer, limits = DEFAULT_LIMITS): Promise<WorkbookReadError> {
  const e = await readWorkbook(buf, 'bomb.xlsx', limits).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkbookReadError);
  return e as WorkbookReadError;
}

describe('limits', () => {
  test('a 3 GB sheet in a small file is refused by its declared size, naming the limit', async () => {
    const e = await readError(bomb(3000));
    expect([e.kind, e.message]).toEqual(['too-large', expect.stringMatching(/200 MB.*\/.*200 MB/)]);
  });

  test('a bomb that declares a small size is stopped by what inflation produces, before 3 GB are held', async () => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const e = await readError(bomb(3000, 1000));
    expect(e.kind).toBe('too-large');
    expect(e.message).toContain('200 MB');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(1.2 * 2 ** 30);
  });

  test('per-workbook and per-entry limits, and the cell count, name themselves', async () => {
    const small = { entryBytes: 2 ** 20, workbookBytes: 3 * 2 ** 20, cells: 10 };
    expect((await readError(bomb(2), small)).message).toContain('1 MB');
    const many = zipParts(rawParts([{ name: 'S', sheetData: Array.from({ length: 11 }, (_, i) => `<row r="${i + 1}">${num(`A${i + 1}`, i)}</row>`).join('') }]));
    expect((await readError(many, small)).message).toMatch(/单元格超过 10 个.*more than 10 cells/);
    await expect(readWorkbook(many, 'ok.xlsx', { ...small, cells: 11 })).resolves.toBeDefined();
  });
});

describe('grids', () => {
  test('one cell at A1 and one at XFD1048576: sparse, no rectangle', async () => {
    const sheetData = `<row r="1">${str('A1', '甲')}</row><row r="1048576">${str('XFD1048576', '乙')}</row>`;
    const [g] = (await readWorkbook(zipParts(rawParts([{ name: 'S', sheetData }])), 'far.xlsx')).grids;
    expect(g.cells.length).toBe(1_048_576);
    expect(Object.keys(g.cells)).toEqual(['0', '1048575']);
    expect(Object.keys(g.cells[1_048_575])).toEqual(['16383']);
    expect(g.cells[1_048_575][16_383]?.value).toBe('乙');
  });

  test('error values arrive as their text, cached formula errors too', async () => {
    const sheetData =
      '<row r="1"><c r="A1" t="e"><v>#DIV/0!</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      '<c r="C1" t="e"><v>#REF!</v></c><c r="D1" t="e"><v>#N/A</v></c></row>';
    const [g] = (await readWorkbook(zipParts(rawParts([{ name: 'S', sheetData }])), 'e.xlsx')).grids;
    expect(g.cells[0]).toEqual([{ value: '#DIV/0!' }, { value: '#DIV/0!', formula: '=1/0' }, { value: '#REF!' }, { value: '#N/A' }]);
  });

  test('hidden sheets are read, in sheet order', async () => {
    const parts = rawParts([
      { name: '一', sheetData: `<row r="1">${str('A1', 'a')}</row>` },
      { name: '隐藏', sheetData: `<row r="1">${str('A1', 'b')}</row>`, state: 'hidden' },
    ]);
    expect((await readWorkbook(zipParts(parts), 'h.xlsx')).grids.map((g) => g.sheet)).toEqual(['一', '隐藏']);
  });
});
