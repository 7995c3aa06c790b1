// Found by office-addin-lint in the project root (it falls back to its own config otherwise).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const recommended = officeAddins.configs.recommended;
// The recommended block that holds the Office add-in rules; it matches .ts but not .tsx files.
const addinBlock = recommended.find((block) => block.plugins && block.plugins["office-addins"]);

export default [
  { ignores: ["dist/", "lib/", "coverage/", "node_modules/"] },
  ...recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: addinBlock.plugins,
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...addinBlock.rules,
      // TypeScript already resolves names and allows a type and a value of the same name.
      "no-undef": "off",
      "no-redeclare": "off",
      // A leading underscore marks a parameter a signature needs but the body does not.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Office.js round trips are the cost: a sync per row is a defect, not a style point.
      "office-addins/no-context-sync-in-loop": "error",
      // Formatting is `npm run prettier`'s job; lint reports defects only.
      "prettier/prettier": "off",
    },
  },
  {
    files: ["webpack.config.js", "scripts/**/*.js"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: globals.node },
    rules: { "prettier/prettier": "off" },
  },
  { files: ["eslint.config.mjs"], languageOptions: { ecmaVersion: "latest" } },
];
