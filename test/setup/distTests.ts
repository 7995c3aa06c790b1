import type { Config } from "@jest/types";
import { readdirSync } from "fs";
import { join } from "path";

/** The folders whose tests read the production build in dist/ (build checks, browser tests). */
const foldersReadingDist = ["test/build", "test/e2e"];

function testFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

/**
 * Whether a run with these path patterns may run a test that reads dist/, decided by jest's own
 * matching; a run without patterns runs them all.
 */
export function mayReadDist(patterns: Config.GlobalConfig["testPathPatterns"], rootDir: string): boolean {
  const selects = patterns.toExecutor({ rootDir });
  return foldersReadingDist.flatMap((folder) => testFiles(join(rootDir, folder))).some((file) => selects.isMatch(file));
}
