// Two builds from one config:
//  - "web": the task pane page and the PERF custom functions, loaded together in
//    Excel's shared runtime (manifest: Runtime lifetime="long" on taskpane.html);
//  - "cli": the `perf-selfeval` command line for Node (dist/cli/perf-selfeval.js).
const path = require('node:path');
const fs = require('node:fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const pkg = require('./package.json');

const DEV_ORIGIN = 'https://localhost:3000/';
/** The placeholder in package.json: a production build refuses it (it would sideload an add-in that loads nothing). */
const PLACEHOLDER_ORIGIN = 'https://perf-selfeval.example.org/';
/** The origin of the test build (`--env test`): never served, never the placeholder, needs no configuration. */
const TEST_ORIGIN = 'https://perf-selfeval.test.invalid/';
/** The build folder: dist/, or PERF_SELFEVAL_DIST (tests and parallel builds use their own, so a dev sideload is never overwritten). */
const dist = path.resolve(__dirname, process.env.PERF_SELFEVAL_DIST || 'dist');

/** Where the built add-in is hosted: PERF_SELFEVAL_ORIGIN, else package.json config.production_origin; the test build has its own. */
function productionOrigin(test) {
  if (test) return TEST_ORIGIN;
  return withSlash(process.env.PERF_SELFEVAL_ORIGIN || pkg.config.production_origin || '');
}

/** Why this origin cannot be built for, or null. */
function originProblem(origin) {
  const how = 'PERF_SELFEVAL_ORIGIN=https://你的服务器/路径/ npm run build（或在 package.json 的 config.production_origin 中填写） / set PERF_SELFEVAL_ORIGIN or config.production_origin';
  if (!origin || origin === '/') return `生产构建需要加载项的真实地址 / a production build needs the add-in's real origin: ${how}`;
  if (origin === PLACEHOLDER_ORIGIN) return `${origin} 是占位地址，不能用于生产构建 / is the placeholder, not a real origin: ${how}`;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return `无效的地址 / not a URL: ${origin}`;
  }
  return url.protocol === 'https:' ? null : `加载项必须通过 https 提供 / the add-in must be served over https: ${origin}`;
}

/** The development origin replaced by `origin` in every URL (the manifest's, functions.json's helpUrl). */
function withOrigin(text, origin) {
  return text.replaceAll(DEV_ORIGIN, origin);
}

/**
 * functions.json as Excel should get it: without allowCustomDataForDataTypeAny (with it, a cell
 * holding a data type or a formatted number reaches PERF as an object, read as 未填写), and
 * with the help URLs on the add-in's origin.
 */
function finishFunctionsJson(json, origin) {
  const metadata = JSON.parse(json);
  delete metadata.allowCustomDataForDataTypeAny;
  for (const f of metadata.functions ?? []) if (f.helpUrl && origin) f.helpUrl = withOrigin(f.helpUrl, origin);
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/** Rewrites functions.json once the metadata plugin has put it among the assets; refuses a build for no real origin. */
class FinishAddinPlugin {
  constructor(origin, dev) {
    this.origin = origin;
    this.dev = dev;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FinishAddin', (compilation) => {
      const problem = this.dev ? null : originProblem(this.origin);
      if (problem) compilation.errors.push(new webpack.WebpackError(problem));
      compilation.hooks.processAssets.tap({ name: 'FinishAddin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset('functions.json');
        if (asset) compilation.updateAsset('functions.json', new webpack.sources.RawSource(finishFunctionsJson(asset.source.source().toString(), this.dev ? null : this.origin)));
        const info = { version: pkg.version, origin: this.dev ? DEV_ORIGIN : this.origin };
        compilation.emitAsset('build-info.json', new webpack.sources.RawSource(`${JSON.stringify(info, null, 2)}\n`));
      });
    });
  }
}

/** The CSP of the pages: scripts from the add-in's own folder and the Office CDN only, no inline script. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  // Griffel (Fluent's makeStyles) inserts <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data: https:",
  // office.js talks to its host and telemetry over https and frames.
  "connect-src 'self' https:",
  'frame-src https:',
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function withSlash(url) {
  return url.endsWith('/') ? url : `${url}/`;
}

const tsRule = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { onlyCompileBundledFiles: true } } };

function webConfig(dev, https, test) {
  const origin = dev ? DEV_ORIGIN : productionOrigin(test);
  // The templates put `csp` in a <meta> first in <head>, before any script it governs.
  const page = (filename, template, chunks) => new HtmlWebpackPlugin({ filename, template, chunks, csp: CONTENT_SECURITY_POLICY });
  return {
    name: 'web',
    target: 'web',
    // Not eval-source-map: the pages' CSP allows no eval, in development either.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      help: './src/help/help.ts',
    },
    output: { path: dist, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: { keep: /^cli\// } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule, { test: /\.(png|jpg|jpeg|gif|ico)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext][query]' } }] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new FinishAddinPlugin(origin, dev),
      // V8's explicit compile hint (Chromium 136+, so Edge WebView2): the chunks the task pane loads
      // while idle for 识别并检查 are compiled whole as they load, not function by function during
      // the click (~25 ms of a 60-row check's first run). Added after minification, which would drop it.
      new webpack.BannerPlugin({
        banner: '//# allFunctionsCalledOnLoad',
        raw: true,
        include: /^(engine|results)\.[0-9a-f]+\.js$/,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
      }),
      new webpack.DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(pkg.version) }),
      // One page hosts both: the task pane and, in the shared runtime, the functions.
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane', 'functions']),
      // The SupportUrl / LearnMoreUrl page: functions, sideloading, what each finding means.
      page('help.html', './src/help/help.html', ['help']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext][query]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : withOrigin(content.toString(), origin)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      hot: false,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      devMiddleware: { writeToDisk: true },
      server: { type: 'https', options: https },
    },
  };
}

/**
 * How the command starts node: a plain `#!/usr/bin/env node`, which every shell and npm's Windows
 * shims run. Node flags cannot go in it portably: `env -S node --flag` works with GNU, BSD and
 * macOS env, but BusyBox's (Alpine, the usual slim Node image) refuses -S and the command would
 * not start at all. `check` starts itself again with the node flags it runs with instead
 * (src/cli/relaunch.ts).
 */
const CLI_SHEBANG = '#!/usr/bin/env node';

function cliConfig(dev) {
  return {
    name: 'cli',
    target: 'node20',
    devtool: dev ? 'eval-source-map' : false,
    entry: { 'perf-selfeval': './src/cli/perf-selfeval.ts' },
    output: { path: path.join(dist, 'cli'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    // Dependencies stay in node_modules (exceljs is large and reads its own files).
    externalsPresets: { node: true },
    externals: ({ request }, callback) => (/^[a-z@][^:]*$/i.test(request) && !request.startsWith('.') ? callback(null, `commonjs ${request}`) : callback()),
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({ banner: CLI_SHEBANG, raw: true, entryOnly: true }),
      { apply: (compiler) => compiler.hooks.afterEmit.tap('chmod', () => fs.chmodSync(path.join(dist, 'cli', 'perf-selfeval.js'), 0o755)) },
    ],
  };
}

/**
 * `--mode development`: the development origin (npm start). `--mode production`: the origin of
 * PERF_SELFEVAL_ORIGIN or config.production_origin, refused when it is the placeholder.
 * `--env test`: a production build for the tests, on a test origin that needs no configuration.
 */
module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  // Certificates are made only for `webpack serve`, never for a build.
  const https = env.WEBPACK_SERVE ? await require('./src/dev/httpsOptions.cjs').httpsOptions() : undefined;
  return [webConfig(dev, https, Boolean(env.test)), cliConfig(dev)];
};

module.exports.TEST_ORIGIN = TEST_ORIGIN;
module.exports.PLACEHOLDER_ORIGIN = PLACEHOLDER_ORIGIN;
