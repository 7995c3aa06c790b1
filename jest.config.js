/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  // The task pane's tests render the whole pane in jsdom over the fake Office host; on a loaded 2-core machine one
  // such test can take more than jest's default 5 s, and a timeout there says nothing about the add-in.
  testTimeout: 30000,
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
  // One production build per run (when dist/ is older than its sources), for the build and browser tests.
  globalSetup: "<rootDir>/test/setup/globalSetup.ts",
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose package entry
  // pulls ESM-only dependencies jest cannot load: map it to the enum's own CommonJS module.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
