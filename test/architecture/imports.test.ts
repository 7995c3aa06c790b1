import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { deepCoreImports, describeViolation, hostImports, importCycles, importGraph, unplaced, type Import, type Violation } from "./importGraph";

const src = path.resolve(__dirname, "../../src");

/** A throwaway source tree: `files` maps a path under src/ to its text. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "oit-arch-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const trees: string[] = [];
function synthetic(files: Record<string, string>) {
  const root = tree(files);
  trees.push(root);
  return importGraph(root);
}
afterAll(() => trees.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

describe("the import checker names each kind of violation", () => {
  it("reads every form of import and re-export, but not comments or strings", () => {
    const graph = synthetic({
      "core/a.ts": [
        'import { b } from "./b";',
        'import type { C } from "./c";',
        'export { d } from "./d";',
        'const e = import("./e");',
        'const f = require("./f");',
        'export * as g from "./g";',
        'import h = require("./h");',
        'let i: typeof import("./i");',
        '// import { j } from "./j";',
        'const text = "import { k } from \'./k\'";',
      ].join("\n"),
      ...Object.fromEntries(["b", "c", "d", "e", "f", "g", "h", "i", "j", "k"].map((name) => [`core/${name}.ts`, `export const ${name} = 1;`])),
    });
    expect(graph.filter((edge) => edge.from === "core/a.ts").map((edge) => edge.to)).toEqual(["core/b.ts", "core/c.ts", "core/d.ts", "core/e.ts", "core/f.ts", "core/g.ts", "core/h.ts", "core/i.ts"]);
  });

  type Rule = (graph: Import[]) => Violation[];
  const cases: Array<[string, Rule, Record<string, string>, string]> = [
    [
      "a host importing another host",
      hostImports,
      {
        "cli/main.ts": 'import { writeSheet } from "../excel/writeSheet";\nexport const main = writeSheet;',
        "excel/writeSheet.ts": 'import { sum } from "../core/decimal";\nexport const writeSheet = sum;',
        "core/decimal.ts": "export const sum = 1;",
      },
      "host imports host: cli/main.ts → excel/writeSheet.ts",
    ],
    [
      "a pane file other than its Office adapter importing excel/",
      hostImports,
      {
        "taskpane/excelHost.ts": 'import { readKeys } from "../excel/keys";\nexport const host = readKeys;',
        "taskpane/KeyView.tsx": 'import { readKeys } from "../excel/keys";\nexport const view = readKeys;',
        "excel/keys.ts": "export const readKeys = 1;",
      },
      "host imports host: taskpane/KeyView.tsx → excel/keys.ts",
    ],
    [
      "a shared module importing a host",
      hostImports,
      {
        "xlsx/freeze.ts": 'import { say } from "../cli/say";\nexport const freeze = say;',
        "cli/say.ts": 'import { freeze } from "../xlsx/zip";\nexport const say = freeze;',
        "xlsx/zip.ts": "export const freeze = 1;",
      },
      "host imports host: xlsx/freeze.ts → cli/say.ts",
    ],
    [
      "a deep core import (an area's index and a file directly in core/ are entry points)",
      deepCoreImports,
      {
        "functions/functions.ts": 'import { allocate } from "../core/rules";\nimport { OitError } from "../core/errors";\nimport { shareOf } from "../core/rules/key";',
        "core/rules/index.ts": 'export { shareOf as allocate } from "./key";',
        "core/rules/key.ts": "export const shareOf = 1;",
        "core/errors.ts": "export class OitError {}",
      },
      "deep core import: functions/functions.ts → core/rules/key.ts",
    ],
    [
      "an import cycle closed by a type-only import",
      importCycles,
      {
        "core/errors.ts": 'import type { MessageCode } from "./messages";\nexport type Code = MessageCode;',
        "core/messages.ts": 'import { where } from "./where";\nexport type MessageCode = string;\nexport const w = where;',
        "core/where.ts": 'import type { Code } from "./errors";\nexport const where = (code: Code) => code;',
      },
      "import cycle: core/errors.ts ⇄ core/messages.ts ⇄ core/where.ts",
    ],
    [
      "a file importing itself (and no cycle in the chain that leads to it)",
      importCycles,
      {
        "core/a.ts": 'import { b } from "./b";\nexport const a = b;',
        "core/b.ts": 'import { c } from "./c";\nexport const b = c;',
        "core/c.ts": 'import { c as self } from "./c";\nexport const c = 1;\nexport const again = self;',
      },
      "import cycle: core/c.ts",
    ],
  ];

  it.each(cases)("%s", (_name, rule, files, expected) => {
    expect(rule(synthetic(files)).map(describeViolation)).toEqual([expected]);
  });

  it("a folder that is neither the core, a host nor a shared module", () => {
    const root = tree({ "core/a.ts": "export const a = 1;", "cli/main.ts": "export const m = 1;", "reports/view.ts": "export const v = 1;" });
    trees.push(root);
    expect(unplaced(root)).toEqual(["reports"]);
  });
});

describe("the source tree keeps the rules", () => {
  const graph = importGraph(src);

  it("has imports to check", () => {
    expect(graph.length).toBeGreaterThan(500);
  });

  it("places every folder of src/: the core, a host or a shared module", () => {
    expect(unplaced(src)).toEqual([]);
  });

  it("no host imports another host (the pane's Office adapter aside)", () => {
    expect(hostImports(graph).map(describeViolation)).toEqual([]);
  });

  it("hosts and shared modules reach the core only through its entry points (core/<area>/index.ts, core/*.ts)", () => {
    expect(deepCoreImports(graph).map(describeViolation)).toEqual([]);
  });

  it("no import cycle anywhere in src/", () => {
    expect(importCycles(graph).map(describeViolation)).toEqual([]);
  });
});
