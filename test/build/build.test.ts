/**
 * @jest-environment jsdom
 */
// The contracts between the source, the generated metadata, the page and the manifest, checked on
// the production build in dist/ that test/setup/globalSetup.ts makes once per run (development
// URLs), and on the manifest as a build for a production address would copy it.
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { developmentUrl, withProductionUrl, withVersion } from "../../scripts/manifest-url";
import { version } from "../../package.json";

const root = resolve(__dirname, "../..");
const out = join(root, "dist");
const schema = "../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd";
const productionUrl = "https://budget.example.se/oit/";

/** The function table of issue 2: id → [English name, Swedish name]. */
const names: Record<string, [string, string]> = {
  KEY: ["KEY", "NYCKEL"],
  ALLOCATE: ["ALLOCATE", "FÖRDELA"],
  DEVIATION: ["DEVIATION", "AVVIKELSE"],
  DEVIATIONPCT: ["DEVIATION.PCT", "AVVIKELSE.PROCENT"],
  PERIODBUDGET: ["PERIODBUDGET", "PERIODBUDGET"],
  FORECAST: ["FORECAST", "HELÅRSPROGNOS"],
  COSTSPLIT: ["COSTSPLIT", "KOSTNADSFÖRDELNING"],
  QUARTERS: ["QUARTERS", "KVARTAL"],
  SETTLEMENT: ["SETTLEMENT", "AVRÄKNING"],
  MAP: ["MAP", "MAPPA"],
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
}

/** The @customfunction declarations of the source: id, name and number of parameters. */
function declaredFunctions(): { id: string; name: string; parameters: number }[] {
  const source = readFileSync(join(root, "src/functions/functions.ts"), "utf8");
  const pattern = /@customfunction\s+(\S+)\s+(\S+)[\s\S]*?\*\/\s*export function \w+\(([^)]*)\)/g;
  return [...source.matchAll(pattern)].map(([, id, name, parameters]) => ({
    id,
    name,
    parameters: parameters.split(",").filter((p) => p.trim() !== "").length,
  }));
}

/** What the user reads of each function, by id: its description and its parameters', English from the source's doc comments. */
type FunctionTexts = Record<string, { description: string; parameters: string[] }>;

function englishTexts(): FunctionTexts {
  const source = readFileSync(join(root, "src/functions/functions.ts"), "utf8");
  const texts: FunctionTexts = {};
  for (const [, comment] of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function/g)) {
    const lines = comment.split("\n").map((line) => line.replace(/^\s*\*\s?/, "").trim()).filter(Boolean);
    const id = /@customfunction\s+(\S+)/.exec(comment)?.[1];
    if (!id) continue;
    texts[id] = {
      description: lines.filter((line) => !line.startsWith("@")).join(" "),
      parameters: lines.flatMap((line) => /^@param\s+\S+\s+(.*)$/.exec(line)?.[1] ?? []),
    };
  }
  return texts;
}

/** The Swedish texts from the translation table: its description with the example after "Exempel:". */
function swedishTexts(): FunctionTexts {
  const table: Record<string, { description: string; example: string; parameters: Record<string, { description: string }> }> = JSON.parse(
    readFileSync(join(root, "src/functions/functions.sv-SE.table.json"), "utf8")
  );
  return Object.fromEntries(
    Object.entries(table).map(([id, entry]) => [id, { description: `${entry.description} Exempel: ${entry.example}`, parameters: Object.values(entry.parameters).map((p) => p.description) }])
  );
}

function xmllint(xml: string): string {
  return execFileSync("xmllint", ["--noout", "--schema", schema, "-"], {
    cwd: root,
    input: xml,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
}

function sourceManifest(): string {
  return readFileSync(join(root, "manifest.xml"), "utf8");
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

function all(doc: Document, tag: string): Element[] {
  return [...doc.getElementsByTagNameNS("*", tag)];
}

/** Every URL the manifest names, in attributes or as text (AppDomain). */
function urlsOf(doc: Document): string[] {
  const attributes = [...doc.getElementsByTagName("*")].flatMap((e) =>
    ["DefaultValue", "Value"].map((a) => e.getAttribute(a) ?? "").filter((v) => /^\w+:\/\//.test(v))
  );
  return [...attributes, ...all(doc, "AppDomain").map((e) => e.textContent!.trim())];
}

/** The resid of the SourceLocation under the element `tag` (Page, Script, Metadata, Action). */
function sourceResid(doc: Document, tag: string): string | null {
  const [element] = all(doc, tag);
  return all(element.ownerDocument, "SourceLocation")
    .find((s) => element.contains(s))!
    .getAttribute("resid");
}

function resourceUrl(doc: Document, id: string): Element {
  return all(doc, "Url").find((u) => u.getAttribute("id") === id)!;
}

describe("production build", () => {
  let english: Metadata;
  let swedish: Metadata;

  beforeAll(() => {
    english = JSON.parse(readFileSync(join(out, "functions.json"), "utf8"));
    swedish = JSON.parse(readFileSync(join(out, "functions.sv-SE.json"), "utf8"));
  });

  it("declares exactly the functions of issue 2, with their English names", () => {
    const declared = declaredFunctions();
    expect(declared.map((f) => [f.id, f.name]).sort()).toEqual(
      Object.entries(names)
        .map(([id, [name]]) => [id, name])
        .sort()
    );
  });

  it.each([
    ["functions.json", 0],
    ["functions.sv-SE.json", 1],
  ] as const)("%s has every function with its name, parameters and descriptions", (_file, language) => {
    const metadata = language === 0 ? english : swedish;
    const declared = declaredFunctions();
    const texts = language === 0 ? englishTexts() : swedishTexts();
    expect(Object.keys(texts).sort()).toEqual(declared.map((f) => f.id).sort());
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(declared.map((f) => f.id).sort());
    for (const { id, parameters } of declared) {
      const f = metadata.functions.find((m) => m.id === id)!;
      expect(f.name).toBe(names[id][language]);
      expect(f.parameters).toHaveLength(parameters);
      expect({ description: f.description, parameters: f.parameters.map((p) => p.description) }).toEqual(texts[id]);
    }
  });

  it("lets Excel's error values through to the functions in both files", () => {
    expect(english).toMatchObject({ allowErrorForDataTypeAny: true });
    expect(swedish).toMatchObject({ allowErrorForDataTypeAny: true });
  });

  it("keeps the Swedish parameters in the order and with the types of the English ones", () => {
    for (const f of english.functions) {
      const sv = swedish.functions.find((s) => s.id === f.id)!;
      const withoutText = (p: object) => ({ ...p, name: undefined, description: undefined });
      expect(sv.parameters.map(withoutText)).toEqual(f.parameters.map(withoutText));
      expect(sv.parameters.map((p) => p.name)).not.toEqual(f.parameters.map((p) => p.name));
    }
  });

  it("gives every Swedish function an example written the Swedish way", () => {
    for (const f of swedish.functions) {
      const example = /Exempel: (=OIT\.[^ (]+\(([^)]*)\))/.exec(f.description);
      expect(example).not.toBeNull();
      const [, formula, args] = example!;
      expect(formula.startsWith(`=OIT.${f.name}(`)).toBe(true);
      // Arguments are separated by ";" in Swedish Excel: a "," may only be a decimal comma.
      expect(args).not.toMatch(/,\s|,\D|,$/);
      expect(args.split(";").length).toBeLessThanOrEqual(f.parameters.length);
    }
  });

  it("emits the page with both bundles, functions first, and decimal.js once", () => {
    const page = readFileSync(join(out, "taskpane.html"), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map(([, src]) => src);
    expect(scripts[0]).toMatch(/office\.js$/);
    const own = scripts.filter((s) => !/^https?:/.test(s));
    expect(own).toContain("functions.js");
    expect(own.indexOf("functions.js")).toBeLessThan(own.indexOf("taskpane.js"));
    for (const file of own) expect(existsSync(join(out, file))).toBe(true);
    const withDecimal = readdirSync(out).filter(
      (f) => f.endsWith(".js") && readFileSync(join(out, f), "utf8").includes("[DecimalError]")
    );
    expect(withDecimal).toHaveLength(1);
  });

  // The functions need only decimal.js and the engine: they register before the pane's libraries (React, Fluent,
  // the import's readers) are parsed. Importing the engine through its entry points keeps it so only while webpack
  // may leave out what an entry re-exports and the functions never call (package.json "sideEffects").
  it("runs the functions before the pane's vendor chunk", () => {
    const page = readFileSync(join(out, "taskpane.html"), "utf8");
    const own = [...page.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map(([, src]) => src).filter((s) => !/^https?:/.test(s));
    expect(own.indexOf("vendor.js")).toBeGreaterThan(-1);
    expect(own.indexOf("functions.js")).toBeLessThan(own.indexOf("vendor.js"));
  });

  it("registers every function in the functions bundle", () => {
    const bundle = readFileSync(join(out, "functions.js"), "utf8");
    for (const id of Object.keys(names)) expect(bundle).toContain(`associate("${id}"`);
  });

  it("keeps the development origin in the source manifest", () => {
    const source = parseXml(sourceManifest());
    for (const url of urlsOf(source)) expect(new URL(url).origin).toBe("https://localhost:3000");
  });

  it("validates the source manifest against the XSD", () => {
    expect(() => xmllint(sourceManifest())).not.toThrow();
  });
});

/** The manifest of dist/, and the source manifest with the production URL as a production build copies it. */
const manifests: [string, () => string, string][] = [
  ["dist/manifest.xml", () => readFileSync(join(out, "manifest.xml"), "utf8"), developmentUrl],
  [`the manifest for ${productionUrl}`, () => withProductionUrl(sourceManifest(), productionUrl), productionUrl],
];

describe.each(manifests)("%s", (_name, read, baseUrl) => {
  let text: string;
  let manifest: Document;

  beforeAll(() => {
    text = read();
    manifest = parseXml(text);
  });

  it("validates against the XSD", () => {
    expect(() => xmllint(text)).not.toThrow();
  });

  it("resolves every resid the manifest references", () => {
    const defined = new Set(
      ["Image", "Url", "String"].flatMap((tag) => all(manifest, tag).flatMap((e) => e.getAttribute("id") ?? []))
    );
    const referenced = [...manifest.getElementsByTagName("*")]
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    // Every resource is referenced and every reference defined: the two sets are the same.
    expect(new Set(referenced)).toEqual(defined);
  });

  it("runs the page, the functions and the function file in one shared runtime", () => {
    const [runtime] = all(manifest, "Runtime");
    expect(all(manifest, "Runtime")).toHaveLength(1);
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = runtime.getAttribute("resid");
    expect(sourceResid(manifest, "Page")).toBe(page);
    expect(all(manifest, "FunctionFile")[0].getAttribute("resid")).toBe(page);
    expect(sourceResid(manifest, "Action")).toBe(page);
    expect(resourceUrl(manifest, page!).getAttribute("DefaultValue")).toBe(`${baseUrl}taskpane.html`);
  });

  it("names the OIT namespace and points Swedish Excel at the Swedish metadata", () => {
    const namespace = all(manifest, "Namespace")[0].getAttribute("resid");
    const namespaceString = all(manifest, "String").find((s) => s.getAttribute("id") === namespace)!;
    expect(namespaceString.getAttribute("DefaultValue")).toBe("OIT");
    const metadata = resourceUrl(manifest, sourceResid(manifest, "Metadata")!);
    expect(metadata.getAttribute("DefaultValue")).toBe(`${baseUrl}functions.json`);
    const overrides = all(metadata.ownerDocument, "Override").filter((o) => metadata.contains(o));
    expect(overrides.map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual([
      ["sv-SE", `${baseUrl}functions.sv-SE.json`],
      ["sv-FI", `${baseUrl}functions.sv-SE.json`],
    ]);
  });

  it("has Swedish overrides for the strings a user sees, the same in Sweden and Finland", () => {
    const swedish: Record<string, string> = {
      "GetStarted.Title": "OIT Budget är redo",
      "GetStarted.Description": "Öppna fönstret med Start > Budget och rapporter. Funktionerna OIT.NYCKEL, OIT.FÖRDELA, OIT.AVVIKELSE med flera finns i formlerna.",
      "TaskpaneButton.Label": "Budget och rapporter",
      "TaskpaneButton.Tooltip": "Öppna OIT Budget: inställningar, nyckel och rapporttabeller till nämnden.",
    };
    const overrides = (id: string) =>
      [...all(manifest, "String").find((s) => s.getAttribute("id") === id)!.children].map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);
    for (const [id, text] of Object.entries(swedish)) expect([id, overrides(id)]).toEqual([id, [["sv-SE", text], ["sv-FI", text]]]);
  });

  it("serves every URL over https from one origin, and the files it names exist in dist/", () => {
    const urls = urlsOf(manifest);
    expect(new URL(baseUrl).protocol).toBe("https:");
    for (const url of urls) expect(new URL(url).origin).toBe(new URL(baseUrl).origin);
    const own = urls.filter((u) => u.startsWith(baseUrl)).map((u) => u.slice(baseUrl.length));
    expect(own).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json"]));
    for (const file of own.filter((f) => f !== "")) expect(existsSync(join(out, file))).toBe(true);
  });
});

describe("the manifest's version", () => {
  it("is package.json's in dist/", () => {
    expect(/<Version>([^<]*)<\/Version>/.exec(readFileSync(join(out, "manifest.xml"), "utf8"))?.[1]).toBe(version);
  });

  it("is replaced whole, and refused when Office could not read it", () => {
    const versioned = withVersion(sourceManifest(), "2.3.4");
    expect(versioned.match(/<Version>[^<]*<\/Version>/g)).toEqual(["<Version>2.3.4</Version>"]);
    expect(() => xmllint(versioned)).not.toThrow();
    expect(() => withVersion(sourceManifest(), "2.3.4-beta")).toThrow(/version/);
  });
});

describe("the production URL", () => {
  it("replaces every development URL of the manifest", () => {
    const rewritten = withProductionUrl(sourceManifest(), productionUrl);
    expect(sourceManifest()).toContain(developmentUrl);
    expect(rewritten).not.toContain(developmentUrl);
    expect(rewritten.split(productionUrl).length).toBe(sourceManifest().split(developmentUrl).length);
  });

  it.each([
    "http://budget.example.se/oit/",
    "https://budget.example.se/oit",
    "https://budget.example.se",
    "https:///oit/",
    "budget.example.se/oit/",
    "",
  ])("rejects %j, naming OIT_BUDGET_URL", (url) => {
    expect(() => withProductionUrl(sourceManifest(), url)).toThrow(/OIT_BUDGET_URL must be an https address ending in "\/"/);
  });
});
