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
/** Where the built add-in is hosted: package.json config.production_origin, or PERF_SELFEVAL_ORIGIN. */
const PRODUCTION_ORIGIN = withSlash(process.env.PERF_SELFEVAL_ORIGIN || pkg.config.production_origin);
/** The build folder: dist/, or PERF_SELFEVAL_DIST (tests and parallel builds use their own, so a dev sideload is never overwritten). */
const dist = path.resolve(__dirname, process.env.PERF_SELFEVAL_DIST || 'dist');

/** The manifest with the development origin replaced: URLs get the full origin, AppDomain its scheme+host. */
function productionManifest(xml) {
  return xml.replaceAll(DEV_ORIGIN, PRODUCTION_ORIGIN).replaceAll(DEV_ORIGIN.slice(0, -1), new URL(PRODUCTION_ORIGIN).origin);
}

function withSlash(url) {
  return url.endsWith('/') ? url : `${url}/`;
}

const tsRule = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { onlyCompileBundledFiles: true } } };

function webConfig(dev, https) {
  return {
    name: 'web',
    target: 'web',
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: { path: dist, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: { keep: /^cli\// } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule, { test: /\.(png|jpg|jpeg|gif|ico)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext][query]' } }] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // One page hosts both: the task pane and, in the shared runtime, the functions.
        chunks: ['taskpane', 'functions'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext][query]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : productionManifest(content.toString())),
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
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      { apply: (compiler) => compiler.hooks.afterEmit.tap('chmod', () => fs.chmodSync(path.join(dist, 'cli', 'perf-selfeval.js'), 0o755)) },
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  // Certificates are made only for `webpack serve`, never for a build.
  const https = env.WEBPACK_SERVE ? await require('./src/dev/httpsOptions.cjs').httpsOptions() : undefined;
  return [webConfig(dev, https), cliConfig(dev)];
};
