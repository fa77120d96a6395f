/** Inputs that cannot be read: exit 2, a one-line Chinese + English error, the other inputs still checked. */
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../xlsx/buildWorkbook';
import { runCli, tempDir } from './runCli';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A CFB (OLE) container header, with an "EncryptionInfo" stream name when `encrypted` (an encrypted .xlsx). */
function cfb(encrypted: boolean): Buffer {
  const body = Buffer.alloc(1024);
  if (encrypted) Buffer.from('EncryptionInfo', 'utf16le').copy(body, 512);
  else Buffer.from('Workbook', 'utf16le').copy(body, 512);
  return Buffer.concat([CFB_MAGIC, body]);
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
  fs.writeFileSync(path.join(dir, 'old.xls'), cfb(false));
  fs.writeFileSync(path.join(dir, 'wps.et'), cfb(false));
  fs.writeFileSync(path.join(dir, 'renamed.xlsx'), '这是一个文本文件，不是工作簿\n');
  fs.writeFileSync(path.join(dir, 'truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  fs.writeFileSync(path.join(dir, 'locked.xlsx'), cfb(true));
  fs.writeFileSync(path.join(dir, 'empty.xlsx'), Buffer.alloc(0));
});
afterAll(() => cleanup());

describe('an input that cannot be read', () => {
  test.each([
    ['missing.xlsx', '文件不存在', 'file not found'],
    ['old.xls', '请另存为 .xlsx', 'save as .xlsx'],
    ['wps.et', '请另存为 .xlsx', 'save as .xlsx'],
    ['renamed.xlsx', '不是 .xlsx', 'not an .xlsx'],
    ['truncated.xlsx', '已损坏', 'corrupt'],
    ['empty.xlsx', '已损坏', 'corrupt'],
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
