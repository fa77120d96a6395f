// Sideloading the development manifest (manifest.xml in the repository: every URL on
// https://localhost:3000/) into desktop Excel, and taking it out again — what
// office-addin-debugging does, without it (it does not install on our machines):
//  - Windows: the registry key Excel reads developer add-ins from
//    (HKCU\Software\Microsoft\Office\16.0\WEF\Developer, value = add-in id, data = manifest path);
//  - Mac: a copy of the manifest in Excel's wef folder, which is created when missing;
//  - elsewhere (Linux): nothing to do, Excel on the web uploads the manifest by hand.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MANIFEST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'manifest.xml');
const WINDOWS_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
export const MAC_WEF = path.join(os.homedir(), 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef');

/** The add-in's <Id> from the manifest. */
export function addinId(xml = fs.readFileSync(MANIFEST, 'utf8')) {
  const m = /<Id>([^<]+)<\/Id>/.exec(xml);
  if (!m) throw new Error(`no <Id> in ${MANIFEST}`);
  return m[1].trim();
}

/** Registers the development manifest with desktop Excel; returns what was done, in Chinese and English. */
export function sideload(platform = process.platform) {
  const id = addinId();
  if (platform === 'win32') {
    execFileSync('reg', ['add', WINDOWS_KEY, '/v', id, '/t', 'REG_SZ', '/d', MANIFEST, '/f'], { stdio: 'ignore' });
    return `已登记到 Excel（注册表 ${WINDOWS_KEY}）：重新打开 Excel 后，「开始」选项卡上出现「绩效自评助手」。 / registered with Excel: restart Excel.`;
  }
  if (platform === 'darwin') {
    fs.mkdirSync(MAC_WEF, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(MAC_WEF, `${id}.manifest.xml`));
    return `已复制到 ${MAC_WEF}：重新打开 Excel，在「开始 → 加载项」中选「绩效自评助手」。 / copied into Excel's wef folder: restart Excel.`;
  }
  return null;
}

/** Takes the development manifest out of desktop Excel again (npm run stop). */
export function unsideload(platform = process.platform) {
  const id = addinId();
  if (platform === 'win32') {
    try {
      execFileSync('reg', ['delete', WINDOWS_KEY, '/v', id, '/f'], { stdio: 'ignore' });
    } catch {
      // not registered
    }
    return '已从 Excel 移除开发版加载项。 / removed from Excel.';
  }
  if (platform === 'darwin') {
    fs.rmSync(path.join(MAC_WEF, `${id}.manifest.xml`), { force: true });
    return '已从 Excel 的 wef 文件夹移除。 / removed from the wef folder.';
  }
  return '此平台无需移除：Excel 网页版中在「我的加载项」里删除即可。 / nothing to remove here.';
}

if (process.argv[2] === 'stop') console.log(unsideload());
