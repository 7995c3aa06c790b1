import { execSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import { join } from "path";

const root = join(__dirname, "../..");
/** What the production build is made from; dist/ is fresh when it is newer than all of it. */
const inputs = ["src", "assets", "scripts", "manifest.xml", "webpack.config.js", "package.json"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * One production build per test run, shared by the tests that need dist/ (the build checks and
 * the browser test), and none when dist/ is newer than its sources.
 */
export default function globalSetup(): void {
  const built = join(root, "dist", "taskpane.html");
  const fresh = existsSync(built) && statSync(built).mtimeMs > Math.max(...inputs.map((input) => newest(join(root, input))));
  if (fresh) return;
  execSync("npm run build", { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
