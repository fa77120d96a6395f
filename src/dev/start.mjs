// `npm start`: serve the add-in at https://localhost:3000 (webpack dev server, which also writes
// dist/ with the development manifest), sideload the development manifest (manifest.xml) into
// desktop Excel on Windows and Mac, and print how to use it on the web — in Chinese and English.
// Works as root on Linux without sudo: the certificate is generated, not installed there
// (src/dev/httpsOptions.cjs). `npm run stop` takes the sideload out again.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { MANIFEST, sideload } from './sideload.mjs';

const require = createRequire(import.meta.url);
const { caCertificatePath } = require('./httpsOptions.cjs');
const port = process.env.npm_package_config_dev_server_port || 3000;

let sideloaded;
try {
  sideloaded = sideload();
} catch (e) {
  sideloaded = `旁加载失败 / sideloading failed: ${e.message}`;
}

console.log(`
绩效自评助手 — 开发服务器 https://localhost:${port}/  (Performance self-evaluation add-in — dev server)

开发版清单 / development manifest: ${MANIFEST}
${sideloaded ? `\n桌面版 Excel / desktop Excel: ${sideloaded}\n` : ''}
Excel 网页版 / Excel on the web: 开始 → 加载项 → 更多设置 → 上传我的加载项 → 选择上面的清单
    Home → Add-ins → More Settings → Upload My Add-in → choose the manifest above
浏览器与 Excel 须信任开发证书 / the dev CA must be trusted: ${caCertificatePath}
    (Windows/Mac 首次运行时会询问并安装 / installed, after asking, on the first run on Windows and Mac)

按 Ctrl+C 停止服务器；npm run stop 从 Excel 中移除开发版加载项。
Press Ctrl+C to stop the server; npm run stop removes the development add-in from Excel.
`);

const child = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
