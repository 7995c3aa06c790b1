#!/usr/bin/env node
"use strict";
// The command line is TypeScript compiled by `npm run build:cli` (tsconfig.cli.json) into lib/.
let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (error) {
  if (error.code !== "MODULE_NOT_FOUND") throw error;
  process.stderr.write("oit-budget: lib/ saknas – kör först: npm run build:cli\n");
  process.exit(1);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
