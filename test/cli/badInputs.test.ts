/** Inputs that cannot be read: exit 2, a one-line Chinese + English error, the other inputs still checked. */
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { runCli, tempDir } from './runCli';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A CFB (OLE) container header with a stream name but no real directory (a broken .xls). */
function cfb(): Buffer {
  const body = Buffer.alloc(1024);
  Buffer.from('Workbook', 'utf16le').copy(body, 512);
  return Buffer.concat([CFB_MAGIC, body]);
}

/** A real compound file holding EncryptionInfo and EncryptedPackage: how Office stores a password-protected .xlsx. */
function encryptedPackage(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.alloc(256, 1));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(4096, 2));
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

const GOOD = {
  name: '自评表',
  rows: [
    ['指标名称', null, '计划', '完成'],
    ['数量指标', '服装购置量', '=47.00(套)', '47.00(套)'],
  ],
  merges: ['A1:B1'],
};

let dir = '';
let cleanup = () => {};
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const good = await buildWorkbook([GOOD]);
  fs.writeFileSync(path.join(dir, 'good.xlsx'), good);
  fs.writeFileSync(path.join(dir, 'old.xls'), cfb());
  fs.writeFileSync(path.join(dir, 'wps.et'), cfb());
  fs.writeFileSync(path.join(dir, 'renamed.xlsx'), '这是一个文本文件，不是工作簿\n');
  fs.writeFileSync(path.join(dir, 'truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  fs.writeFileSync(path.join(dir, 'locked.xlsx'), encryptedPackage());
  fs.writeFileSync(path.join(dir, 'empty.xlsx'), Buffer.alloc(0));
});
afterAll(() => cleanup());

describe('an input that cannot be read', () => {
  test.each([
    // The wording of each kind is the reader's (src/xlsx/readErrors.ts); here: one line, both languages.
    ['missing.xlsx', '文件不存在', 'file not found'],
    ['old.xls', '无法读取', 'cannot read'],
    ['wps.et', '无法读取', 'cannot read'],
    ['renamed.xlsx', '无法读取', 'cannot read'],
    ['truncated.xlsx', '无法读取', 'cannot read'],
    ['empty.xlsx', '无法读取', 'cannot read'],
    ['locked.xlsx', '密码保护', 'password-protected'],
  ])('%s: exit 2, "%s / %s" in its JSON entry and on stderr; good.xlsx is still checked', async (name, zh, en) => {
    const run = await runCli(['check', name, 'good.xlsx', '--json'], dir);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    const [bad, good] = report.files;
    expect(bad.file).toBe(name);
    expect(bad.error).toContain(zh);
    expect(bad.error).toContain(en);
    expect(bad.error).not.toContain('\n');
    expect(bad.tables).toEqual([]);
    expect(run.stderr).toContain(bad.error);
    expect([good.error, good.tables.length]).toEqual([null, 1]);
  });
});
