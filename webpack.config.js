// Build of the OIT Budget add-in: one page (taskpane.html) that loads the custom functions and
// the task pane into ONE shared runtime, the functions' metadata in English and Swedish, the icons
// and the manifest.
//
// Production URL: `OIT_BUDGET_URL=https://example.se/oit-budget/ npm run build` rewrites every
// https://localhost:3000/ in the copied manifest to that address (https, ending in "/"). Without
// the variable the manifest keeps the development URLs, as Microsoft's templates do.
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const LocalizeFunctionsPlugin = require("./scripts/localize-functions-plugin");
const { checkedProductionUrl, withProductionUrl, withVersion } = require("./scripts/manifest-url");
const { version } = require("./package.json");
const swedishFunctions = require("./src/functions/functions.sv-SE.table.json");

/** The production base URL from OIT_BUDGET_URL (checked before building), or undefined to keep the development URLs. */
function productionUrl() {
  const url = process.env.OIT_BUDGET_URL;
  return url ? checkedProductionUrl(url) : undefined;
}

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlProd = productionUrl();
  return {
    devtool: "source-map",
    entry: {
      // The functions entry registers the custom functions on load, independently of React.
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `tsc --noEmit`; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    optimization: {
      // Both entries run on one page: one runtime means one module registry, so decimal.js and
      // the engine are instantiated once (one Dec class) and shipped once.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // The functions need only decimal.js; React and Fluent stay in the pane's vendor chunk.
          decimal: { test: /[\\/]node_modules[\\/]decimal\.js[\\/]/, name: "decimal", priority: 20 },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      // iconv-lite (the import's code pages) lists its East Asian tables as requires; the add-in decodes only
      // CP437 and Windows-1252, so the tables (about 150 KB gzipped) stay out of the bundle.
      new webpack.IgnorePlugin({ resourceRegExp: /^\.\/tables\//, contextRegExp: /iconv-lite[\\/]encodings$/ }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new LocalizeFunctionsPlugin({
        source: "functions.json",
        output: "functions.sv-SE.json",
        table: swedishFunctions,
        exampleWord: "Exempel",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              const manifest = withVersion(content.toString(), version);
              return dev || !urlProd ? manifest : withProductionUrl(manifest, urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined ? options.https : await devServerHttps(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
