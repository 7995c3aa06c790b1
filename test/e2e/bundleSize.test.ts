import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const dist = join(__dirname, "../../dist");
const limit = 400 * 1024;

/** The scripts taskpane.html loads from the add-in's own origin (office.js comes from Microsoft's CDN). */
function pageScripts(): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

describe("the production task pane bundle", () => {
  it(`loads under ${limit / 1024} KB gzipped (React production build, tree-shaken Fluent)`, () => {
    const sizes = pageScripts().map((src) => ({ src, gzip: gzipSync(readFileSync(join(dist, src)), { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`task pane page scripts, gzipped: ${sizes.map((s) => `${s.src} ${(s.gzip / 1024).toFixed(1)} KB`).join(", ")}; total ${(total / 1024).toFixed(1)} KB`);
    expect(sizes.map((s) => s.src)).toEqual(expect.arrayContaining(["taskpane.js"]));
    const code = sizes.map((s) => readFileSync(join(dist, s.src), "utf8")).join("\n");
    expect(code).not.toContain("react-dom.development");
    expect(total).toBeLessThan(limit);
  });
});
