/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
  // One production build per run (when dist/ is older than its sources), for the build and browser tests.
  globalSetup: "<rootDir>/test/setup/globalSetup.ts",
  // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies jest cannot load.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/setup/officeAddinManifestStub.js",
  },
};
