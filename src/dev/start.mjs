// `npm start`: serve the add-in at https://localhost:3000 (webpack dev server, which also
// writes dist/), after printing how to sideload dist/manifest.xml — in Chinese and English.
// Works as root on Linux without sudo: the certificate is generated, not installed there
// (src/dev/httpsOptions.cjs).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { caCertificatePath } = require('./httpsOptions.cjs');
const port = process.env.npm_package_config_dev_server_port || 3000;

console.log(`
绩效自评助手 — 开发服务器 https://localhost:${port}/  (Performance self-evaluation add-in — dev server)

加载项清单 / manifest: dist/manifest.xml（构建完成后生成 / written once the first build finishes）

旁加载到 Excel / Sideload into Excel:
  • Excel 网页版 / Excel on the web: 开始 → 加载项 → 更多设置 → 上传我的加载项 → 选择 dist/manifest.xml
      Home → Add-ins → More Settings → Upload My Add-in → choose dist/manifest.xml
  • Windows: npx office-addin-debugging start dist/manifest.xml   (或/or: 共享文件夹目录 → 信任中心 → 受信任的加载项目录
      shared-folder catalog: File → Options → Trust Center → Trusted Add-in Catalogs)
  • Mac: 复制/copy dist/manifest.xml 到/to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ 后重启 Excel / then restart Excel
  • 浏览器需信任开发证书 / the browser must trust the dev CA: ${caCertificatePath}
    (Windows/Mac 首次运行会自动安装 / installed automatically on first run on Windows and Mac)

按 Ctrl+C 停止 / press Ctrl+C to stop.
`);

const child = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
