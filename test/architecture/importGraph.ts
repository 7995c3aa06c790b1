import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * The import graph of a source tree and the three rules of the house that follow from "one engine, thin hosts"
 * (docs/architecture.md). Kept apart from the tests so that each rule can be run on a small synthetic tree and shown
 * to fail.
 */

/** The hosts: each adapts the engine to one place it runs and knows nothing of the others. */
export const HOSTS = ["functions", "excel", "taskpane", "cli"] as const;

/**
 * Shared modules beside the core, neither engine nor host: `xlsx` edits an .xlsx package as bytes (no Office, no fs;
 * the CLI and the Office adapter both send copies through it), `i18n` holds the words and number formats the pane
 * and the functions both show and the one rule that turns Office's locale into a language. They may import the core
 * (through its entry points) and themselves, never a host; every host may import them.
 */
export const SHARED = ["xlsx", "i18n"] as const;

/**
 * The one place outside `excel/` allowed to import it: the pane's adapter to Office and the pane's entry that
 * creates it. Everything else in the pane sees the workbook only through the `PaneHost` port.
 */
export const EXCEL_ADAPTER_USERS = ["taskpane/excelHost.ts", "taskpane/index.tsx"];

export interface Import {
  /** Path of the importing file, relative to the source root, with forward slashes. */
  from: string;
  /** Path of the imported file, likewise. */
  to: string;
}

export interface Violation {
  rule: "host imports host" | "deep core import" | "import cycle";
  /** The files involved: importer then imported, or the members of a cycle. */
  files: string[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** A relative specifier resolved as TypeScript's node resolution does for our sources, or null for a non-source file (JSON). */
function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  const found = candidates.find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  return found ?? null;
}

/**
 * The module names a file imports: static imports and re-exports (`export * as`, `export type *` included),
 * `import type`, `import x = require()`, dynamic `import()`, `require()` and `typeof import()` types. Read from the
 * syntax tree, so an import inside a comment or a string never counts.
 */
function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every relative import of every source file under `root`, resolved to a file. Type-only imports count: a cycle
 * through types is still two modules that cannot be understood, moved or tested apart, and a host reaching into
 * another host's types is coupled to it all the same.
 */
export function importGraph(root: string): Import[] {
  const norm = (file: string) => path.relative(root, file).split(path.sep).join("/");
  return sourceFiles(root).flatMap((file) => {
    const targets = specifiersOf(file).filter((specifier) => specifier.startsWith(".")).flatMap((specifier) => resolveRelative(file, specifier) ?? []);
    return [...new Set(targets)].map((target) => ({ from: norm(file), to: norm(target) }));
  });
}

const areaOf = (file: string) => file.split("/")[0];
const isHost = (area: string) => (HOSTS as readonly string[]).includes(area);
const isShared = (area: string) => (SHARED as readonly string[]).includes(area);

/** A host or a shared module importing a host other than itself (the pane's Office adapter excepted). */
export function hostImports(graph: Import[]): Violation[] {
  return graph
    .filter(({ from, to }) => {
      const source = areaOf(from);
      const target = areaOf(to);
      if (!(isHost(source) || isShared(source)) || !isHost(target) || source === target) return false;
      return !(target === "excel" && EXCEL_ADAPTER_USERS.includes(from));
    })
    .map(({ from, to }) => ({ rule: "host imports host" as const, files: [from, to] }));
}

/** The core's public entry points: a file directly in `core/`, or an area's `index.ts`. */
export function isCoreEntry(file: string): boolean {
  const parts = file.split("/");
  return parts[0] === "core" && (parts.length === 2 || (parts.length === 3 && parts[2] === "index.ts"));
}

/** Code outside the core importing a core file that is not one of its entry points. */
export function deepCoreImports(graph: Import[]): Violation[] {
  return graph
    .filter(({ from, to }) => areaOf(from) !== "core" && areaOf(to) === "core" && !isCoreEntry(to))
    .map(({ from, to }) => ({ rule: "deep core import" as const, files: [from, to] }));
}

/** The strongly connected components of the graph with more than one file, or one file importing itself (Tarjan). */
export function importCycles(graph: Import[]): Violation[] {
  const edges = new Map<string, string[]>();
  for (const { from, to } of graph) {
    edges.set(from, [...(edges.get(from) ?? []), to]);
    if (!edges.has(to)) edges.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;

  // Iterative, so that a long chain of imports cannot overflow the call stack.
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; child: number }> = [{ node: start, child: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node)!;
      if (frame.child < targets.length) {
        const target = targets[frame.child++];
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, child: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && edges.get(member)!.includes(member);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.map((files) => ({ rule: "import cycle" as const, files }));
}

/** What stands directly in the source root and is neither the core, a host nor a shared module: the rules would not see it. */
export function unplaced(root: string): string[] {
  const placed = new Set<string>(["core", ...HOSTS, ...SHARED]);
  return fs.readdirSync(root).filter((name) => !placed.has(name)).sort();
}

/** "excel/a.ts → taskpane/b.ts" or "a.ts ⇄ b.ts ⇄ c.ts": a violation as a reader finds the files. */
export function describeViolation(violation: Violation): string {
  const arrow = violation.rule === "import cycle" ? " ⇄ " : " → ";
  return `${violation.rule}: ${violation.files.join(arrow)}`;
}
