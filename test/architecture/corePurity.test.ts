import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const core = path.join(root, "src/core");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)].map((match) => match[1]);
}

/** Code without its comments, so prose that mentions Office.js does not count as a use. */
function codeOf(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");
}

describe("the engine (src/core) is pure", () => {
  const files = sourceFiles(core);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  /**
   * The packages the engine may load, each in one file only: decimal.js through the private clone, and for the
   * import the two pure-JavaScript libraries that read exports (no host, no I/O: they run in Node and the pane).
   */
  const packages: Record<string, string> = {
    "decimal.js": "src/core/decimal.ts",
    "iconv-lite": "src/core/import/text.ts",
    papaparse: "src/core/import/csvRows.ts",
  };

  it.each(files.map((file) => [path.relative(root, file), file]))("%s imports only the core and its allowed packages", (_name, file) => {
    for (const target of importsOf(file)) {
      if (target.startsWith(".")) {
        expect(path.resolve(path.dirname(file), target).startsWith(core)).toBe(true);
      } else {
        expect(Object.keys(packages)).toContain(target);
      }
    }
  });

  it.each(Object.entries(packages))("loads %s in one place only (%s)", (name, only) => {
    const users = files.filter((file) => importsOf(file).includes(name));
    expect(users.map((file) => path.relative(root, file))).toEqual([only]);
  });

  it.each(files.map((file) => [path.relative(root, file), file]))("%s uses no host globals", (_name, file) => {
    expect(codeOf(file)).not.toMatch(/\b(Office|Excel|CustomFunctions|document|window|process|globalThis)\s*[.[]/);
  });
});

describe("the package editor (src/xlsx) runs in the browser and in Node", () => {
  const xlsx = path.join(root, "src/xlsx");
  const files = sourceFiles(xlsx);

  it.each(files.map((file) => [path.relative(root, file), file]))("%s imports only itself, the core and fflate", (_name, file) => {
    for (const target of importsOf(file)) {
      if (target.startsWith(".")) {
        const resolved = path.resolve(path.dirname(file), target);
        expect(resolved.startsWith(xlsx) || resolved.startsWith(core)).toBe(true);
      } else {
        expect(target).toBe("fflate");
      }
    }
  });

  it.each(files.map((file) => [path.relative(root, file), file]))("%s uses no host globals", (_name, file) => {
    expect(codeOf(file)).not.toMatch(/\b(Office|Excel|CustomFunctions|document|window|process|globalThis|Buffer|require)\s*[.[(]/);
  });
});
