// Webpack plugin: after custom-functions-metadata-plugin has added functions.json to the
// compilation, let error inputs through in it and emit the localized copy (e.g.
// functions.sv-SE.json) next to it, so both files carry the same options.
const { sources, WebpackError, Compilation } = require("webpack");
const { localizeMetadata, withErrorInputs } = require("./localize-metadata");

class LocalizeFunctionsPlugin {
  /**
   * @param {{source: string, output: string, table: object, exampleWord: string}} options
   *   source: the generated metadata asset; output: the localized asset's name;
   *   table: translations by id (see localize-metadata.js); exampleWord: "Exempel" for Swedish.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, output, table, exampleWord } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const generated = compilation.getAsset(source);
          if (!generated) {
            // The metadata plugin reports its own errors and then emits nothing.
            if (compilation.errors.length === 0) {
              compilation.errors.push(new WebpackError(`${output}: ${source} was not generated`));
            }
            return;
          }
          const metadata = withErrorInputs(JSON.parse(generated.source.source().toString()));
          compilation.updateAsset(source, new sources.RawSource(JSON.stringify(metadata, null, 2)));
          const { metadata: localized, problems } = localizeMetadata(metadata, table, exampleWord);
          for (const problem of problems) compilation.errors.push(new WebpackError(`${output}: ${problem}`));
          compilation.emitAsset(output, new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
      );
    });
  }
}

module.exports = LocalizeFunctionsPlugin;
