import { readFileSync } from "fs";
import { join } from "path";
import { describeSizes, pageScriptSizes } from "../../bench/bundle";

const dist = join(__dirname, "../../dist");
const limit = 400 * 1024;

describe("the production task pane bundle", () => {
  it(`loads under ${limit / 1024} KB gzipped (React production build, tree-shaken Fluent)`, () => {
    const sizes = pageScriptSizes(dist);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(describeSizes(sizes));
    expect(sizes.map((s) => s.src)).toEqual(expect.arrayContaining(["taskpane.js"]));
    const code = sizes.map((s) => readFileSync(join(dist, s.src), "utf8")).join("\n");
    expect(code).not.toContain("react-dom.development");
    expect(total).toBeLessThan(limit);
  });
});
