import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const root = join(__dirname, "../../src/taskpane");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("task pane components", () => {
  it("never touch Office.js: no Office/Excel globals, types or office-js imports", () => {
    const offenders = files(root).filter((path) => {
      const text = readFileSync(path, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      return /\b(Office|Excel|OfficeExtension)\s*\.|from\s+["'](@microsoft\/office-js|office-js)/.test(text);
    });
    // The walk reaches the pane's files in its folders, so an empty list of offenders says something.
    expect(files(root).map((path) => relative(root, path))).toEqual(expect.arrayContaining(["App.tsx", "host.ts", "views/KeyView.tsx", "views/money/AccountSection.tsx"]));
    expect(offenders).toEqual([]);
  });
});
