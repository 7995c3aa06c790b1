import type { Config } from "@jest/types";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "fs";
import { join } from "path";
import { developmentUrl } from "../../scripts/manifest-url";
import { mayReadDist } from "./distTests";
import { withLock } from "./lock";

const root = join(__dirname, "../..");
const dist = join(root, "dist");
/** The page whose time stamp says from which sources dist/ was built. */
const stamp = join(dist, "taskpane.html");
/** What the production build is made from; dist/ is fresh when it is newer than all of it. */
const inputs = ["src", "assets", "scripts", "manifest.xml", "webpack.config.js", "package.json"];
/** Git-ignored and on dist/'s file system, so a finished build can be renamed into place. */
const workspace = join(root, "node_modules", ".cache", "oit-budget");

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Fresh: newer than every source, and built for development (a dist/ made by hand with
 * OIT_BUDGET_URL set is newer but names another server, which the build tests would reject).
 */
function distIsFresh(): boolean {
  if (!existsSync(stamp) || statSync(stamp).mtimeMs <= Math.max(...inputs.map((input) => newest(join(root, input))))) return false;
  const manifest = join(dist, "manifest.xml");
  return existsSync(manifest) && readFileSync(manifest, "utf8").includes(developmentUrl);
}

function webpack(outputPath: string): void {
  // dist/ keeps the development URLs the tests expect, whatever the shell has set.
  const { OIT_BUDGET_URL: _productionUrl, ...env } = process.env;
  const cli = require.resolve("webpack-cli/bin/cli.js");
  try {
    execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", outputPath], {
      cwd: root,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    // webpack prints its errors on stdout: show them, not just "Command failed".
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The production build failed:\n${stdout}\n${stderr}`);
  }
}

/**
 * Builds beside dist/ and swaps the result in, so a run reading dist/ meanwhile never sees a
 * half-written build. The stamp gets the time the build began: a source saved during the build
 * leaves dist/ stale, as it should.
 */
function buildDist(): void {
  const staging = mkdtempSync(join(workspace, "dist-"));
  const began = new Date();
  try {
    webpack(staging);
    utimesSync(join(staging, "taskpane.html"), began, began);
    const previous = `${staging}-previous`;
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(staging, dist);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function buildIfStale(): void {
  if (distIsFresh()) return;
  // A minute of silence would look like a hang.
  process.stderr.write("globalSetup: dist/ is older than its sources; building it (about a minute)\n");
  buildDist();
}

/**
 * One production build per test run, shared by the tests that read dist/, and only when the run
 * may include one of them and dist/ is older than its sources. Concurrent runs build one at a time.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (!mayReadDist(globalConfig.testPathPatterns, globalConfig.rootDir)) return;
  mkdirSync(workspace, { recursive: true });
  const lock = join(workspace, "build.lock");
  const onWait = () => process.stderr.write(`globalSetup: waiting for another test run's build of dist/ (${lock})\n`);
  await withLock(lock, buildIfStale, { onWait });
}
