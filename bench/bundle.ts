import { execSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export interface ScriptSize {
  src: string;
  gzip: number;
}

/** The scripts taskpane.html loads from the add-in's own origin (office.js comes from Microsoft's CDN), gzipped. */
export function pageScriptSizes(dist: string): ScriptSize[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => ({ src, gzip: gzipSync(readFileSync(join(dist, src)), { level: 9 }).length }));
}

export function describeSizes(sizes: readonly ScriptSize[]): string {
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  const each = sizes.map((size) => `${size.src} ${(size.gzip / 1024).toFixed(1)} KB`).join(", ");
  return `task pane page scripts, gzipped: ${(total / 1024).toFixed(1)} KB (${each})`;
}

/** The bench's section: the production page's size; builds dist/ first when it is missing. */
export function bundleBench(): string[] {
  // Compiled to lib/bench/, two levels below the project.
  const root = join(__dirname, "../..");
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "taskpane.html"))) execSync("npm run build", { cwd: root, stdio: "ignore" });
  return [describeSizes(pageScriptSizes(dist))];
}
