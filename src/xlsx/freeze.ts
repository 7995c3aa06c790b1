import type { Notice } from "../core/errors";
import { cellAddress } from "../core/workbook";
import { formulaNames, isOitFunction, unqualified } from "./formulaNames";
import { openPackage, type XlsxPackage } from "./package";
import { relationshipsOf, relationshipsPart, sheetParts, workbookPart, type SheetPart } from "./workbookParts";
import {
  attribute,
  elements,
  firstElement,
  replaceElements,
  unescapeXml,
  withAttribute,
  withoutAttribute,
  type XmlElement,
} from "./xml";
import { xlsxError, xlsxNotice } from "./messages";

export interface FreezeResult {
  bytes: Uint8Array;
  /** Every cell whose formula was replaced by its value ('Blad'!B7). */
  frozen: string[];
  /** What still calls the add-in and has no value to freeze: defined names, conditional formats, validation. */
  warnings: Notice[];
}

/** A frozen copy as the task pane reports it: how many cells now hold values, and what still calls the add-in. */
export interface SentCopy {
  /** How many cells now hold their values instead of OIT formulas. */
  frozen: number;
  /** What still calls the add-in in the copy (names, conditional formats, validation). */
  warnings: Notice[];
}

/** Tells whether a stored formula calls the add-in, directly or through a defined name that does. */
type CallsOit = (formula: string) => boolean;

function callsOitThrough(oitNames: ReadonlySet<string>): CallsOit {
  return (formula) => {
    const { calls, references } = formulaNames(unescapeXml(formula));
    return calls.some(isOitFunction) || references.some((name) => oitNames.has(unqualified(name).toUpperCase()));
  };
}

/** Defined names whose formulas call an OIT function, directly or through another such name. */
function oitDefinedNames(workbookXml: string): { names: Set<string>; shown: string[] } {
  const definitions = elements(workbookXml, "definedName").map((element) => ({
    name: (attribute(element.attributes, "name") ?? "").toUpperCase(),
    shown: attribute(element.attributes, "name") ?? "",
    formula: element.content ?? "",
  }));
  const names = new Set<string>();
  const shown: string[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    const calls = callsOitThrough(names);
    for (const definition of definitions) {
      if (names.has(definition.name) || !calls(definition.formula)) continue;
      names.add(definition.name);
      shown.push(definition.shown);
      grew = true;
    }
  }
  return { names, shown };
}

/** Errors Excel saves for a value it did not have yet (still calculating, waiting for data): not a figure to send. */
const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

/** The cell with its formula removed and its cached value kept as a constant of the same kind; null without a value. */
function frozenCell(cell: XmlElement, formula: XmlElement): string | null {
  const content = cell.content ?? "";
  const value = firstElement(content, "v");
  if (!value) return null;
  if (attribute(cell.attributes, "t") === "e" && PENDING.has(unescapeXml(value.content ?? ""))) return null;
  const prefix = cell.tag.slice(0, cell.tag.length - 1);
  let attributes = withoutAttribute(cell.attributes, "cm");
  let body = content.slice(0, formula.start) + content.slice(formula.start + formula.text.length);
  if (attribute(cell.attributes, "t") === "str") {
    // A formula's text result has no constant form of its own: an inline string keeps sharedStrings untouched.
    const text = value.content ?? "";
    const space = /^\s|\s$/.test(unescapeXml(text)) ? ' xml:space="preserve"' : "";
    attributes = withAttribute(attributes, "t", "inlineStr");
    body = body.replace(value.text, `<${prefix}is><${prefix}t${space}>${text}</${prefix}t></${prefix}is>`);
  }
  return `<${cell.tag}${attributes}>${body}</${cell.tag}>`;
}

interface SheetFreeze {
  xml: string;
  frozen: string[];
  missing: string[];
}

function formulaOf(cell: XmlElement): XmlElement | undefined {
  return cell.content === undefined ? undefined : firstElement(cell.content, "f");
}

/** Shared formulas (`t="shared"`) store their text once, in the group's first cell: the groups whose text calls OIT. */
function oitSharedGroups(cells: readonly XmlElement[], calls: CallsOit): Set<string> {
  const groups = new Set<string>();
  for (const cell of cells) {
    const formula = formulaOf(cell);
    if (formula && attribute(formula.attributes, "t") === "shared" && calls(formula.content ?? "")) {
      groups.add(attribute(formula.attributes, "si") ?? "");
    }
  }
  return groups;
}

function callsOitIn(formula: XmlElement, shared: ReadonlySet<string>, calls: CallsOit): boolean {
  if (attribute(formula.attributes, "t") === "shared") return shared.has(attribute(formula.attributes, "si") ?? "");
  return calls(formula.content ?? "");
}

/**
 * One worksheet frozen: each cell whose formula calls OIT (plain, array `t="array"`, a dynamic
 * array's anchor with its `cm` metadata, each cell of a shared group) keeps its value and loses its
 * formula. The other cells of an array or a spill already hold plain values.
 */
function freezeSheet(sheet: SheetPart, xml: string, calls: CallsOit): SheetFreeze {
  const data = firstElement(xml, "sheetData");
  const result: SheetFreeze = { xml, frozen: [], missing: [] };
  if (!data?.content) return result;
  const cells = elements(data.content, "c");
  const shared = oitSharedGroups(cells, calls);
  const edits: { element: XmlElement; replacement: string }[] = [];
  for (const cell of cells) {
    const formula = formulaOf(cell);
    if (!formula || !callsOitIn(formula, shared, calls)) continue;
    const address = cellAddress(sheet.name, attribute(cell.attributes, "r") ?? "?");
    const replacement = frozenCell(cell, formula);
    if (replacement === null) result.missing.push(address);
    else {
      result.frozen.push(address);
      edits.push({ element: cell, replacement });
    }
  }
  if (edits.length === 0) return result;
  const contentStart = data.start + data.text.indexOf(">") + 1;
  result.xml = xml.slice(0, contentStart) + replaceElements(data.content, edits) + xml.slice(contentStart + data.content.length);
  return result;
}

/**
 * A table column's formula (`calculatedColumnFormula`, a custom `totalsRowFormula`) that calls OIT
 * goes too: its cells now hold values, and a row added to the table must not bring `#NAME?` back.
 */
function freezeTableFormulas(pkg: XlsxPackage, sheet: SheetPart, calls: CallsOit): void {
  for (const table of relationshipsOf(pkg, sheet.part).filter((relationship) => relationship.kind === "table")) {
    const xml = pkg.text(table.target);
    if (xml === undefined) continue;
    const edits: { element: XmlElement; replacement: string }[] = [];
    for (const column of elements(xml, "tableColumn")) {
      let content = column.content ?? "";
      let attributes = column.attributes;
      for (const local of ["calculatedColumnFormula", "totalsRowFormula"]) {
        const formula = firstElement(content, local);
        if (!formula || !calls(formula.content ?? "")) continue;
        content = content.replace(formula.text, "");
        if (local === "totalsRowFormula") attributes = withoutAttribute(attributes, "totalsRowFunction");
      }
      if (content === (column.content ?? "")) continue;
      const replacement = content.trim() === "" ? `<${column.tag}${attributes.replace(/\s*\/$/, "")}/>` : `<${column.tag}${attributes}>${content}</${column.tag}>`;
      edits.push({ element: column, replacement });
    }
    if (edits.length > 0) pkg.setText(table.target, replaceElements(xml, edits));
  }
}

/** Conditional formats and validation rules cannot hold a value: they keep calling the add-in, and the user is told. */
function rulesCallingOit(sheet: SheetPart, xml: string, calls: CallsOit): Notice[] {
  const rules = ["formula", "formula1", "formula2"].flatMap((local) => elements(xml, local));
  return rules.some((rule) => calls(rule.content ?? "")) ? [xlsxNotice("freezeRuleKeepsOit", { sheet: sheet.name })] : [];
}

function removeCalcChain(pkg: XlsxPackage, workbook: string, part: string): void {
  pkg.remove(part);
  const rels = relationshipsPart(workbook);
  const relsXml = pkg.text(rels) ?? "";
  const relationship = elements(relsXml, "Relationship").find((element) => attribute(element.attributes, "Type")?.endsWith("/calcChain"));
  if (relationship) pkg.setText(rels, replaceElements(relsXml, [{ element: relationship, replacement: "" }]));
  const types = pkg.text("[Content_Types].xml") ?? "";
  const override = elements(types, "Override").find((element) => attribute(element.attributes, "PartName") === `/${part}`);
  if (override) pkg.setText("[Content_Types].xml", replaceElements(types, [{ element: override, replacement: "" }]));
}

/**
 * The calculation chain lists formula cells by sheet id (`i`, inherited from the entry before when
 * left out) and dependency level (`l`): the frozen cells leave it, the kept entries keep their sheet
 * and levels. Excel rebuilds a missing chain, so a chain left empty is removed with its references.
 */
function pruneCalcChain(pkg: XlsxPackage, workbook: string, frozen: ReadonlySet<string>): void {
  const part = relationshipsOf(pkg, workbook).find((relationship) => relationship.kind === "calcChain")?.target;
  const xml = part ? pkg.text(part) : undefined;
  if (!part || xml === undefined) return;
  const entries = elements(xml, "c");
  const edits: { element: XmlElement; replacement: string }[] = [];
  let sheet = "";
  let keptSheet: string | undefined;
  let newLevel = false;
  for (const entry of entries) {
    sheet = attribute(entry.attributes, "i") ?? sheet;
    const remove = frozen.has(`${sheet}|${attribute(entry.attributes, "r")}`);
    if (remove) {
      newLevel ||= attribute(entry.attributes, "l") === "1";
      edits.push({ element: entry, replacement: "" });
      continue;
    }
    let attributes = entry.attributes.replace(/\s*\/$/, "");
    if (sheet !== "" && keptSheet !== sheet && attribute(attributes, "i") === undefined) attributes = withAttribute(attributes, "i", sheet);
    if (newLevel && attribute(attributes, "l") === undefined) attributes = withAttribute(attributes, "l", "1");
    if (attributes !== entry.attributes.replace(/\s*\/$/, "")) edits.push({ element: entry, replacement: `<${entry.tag}${attributes}/>` });
    keptSheet = sheet;
    newLevel = false;
  }
  if (edits.length === 0) return;
  if (edits.filter((edit) => edit.replacement === "").length === entries.length) removeCalcChain(pkg, workbook, part);
  else pkg.setText(part, replaceElements(xml, edits));
}

/**
 * workbook.md "Sending a workbook": every formula that calls an OIT function is replaced by the
 * value Excel last computed for it, so the copy opens without the add-in and shows the same
 * figures. Only the worksheets holding such formulas and the calculation chain are rewritten;
 * every other part of the package is copied as it was stored.
 */
export function freezePackage(pkg: XlsxPackage): FreezeResult {
  const workbook = workbookPart(pkg);
  const names = oitDefinedNames(pkg.text(workbook) ?? "");
  const calls = callsOitThrough(names.names);
  const frozen: string[] = [];
  const missing: string[] = [];
  const chainKeys = new Set<string>();
  const warnings: Notice[] = names.shown.length > 0 ? [xlsxNotice("freezeNameKeepsOit", { names: names.shown })] : [];
  for (const sheet of sheetParts(pkg)) {
    const xml = pkg.text(sheet.part);
    if (xml === undefined) continue;
    const result = freezeSheet(sheet, xml, calls);
    frozen.push(...result.frozen);
    missing.push(...result.missing);
    result.frozen.forEach((address) => chainKeys.add(`${sheet.sheetId}|${address.slice(address.lastIndexOf("!") + 1)}`));
    if (result.xml !== xml) pkg.setText(sheet.part, result.xml);
    freezeTableFormulas(pkg, sheet, calls);
    warnings.push(...rulesCallingOit(sheet, xml, calls));
  }
  if (missing.length > 0) {
    throw xlsxError("freezeNoValue", { cells: missing.slice(0, 5), count: missing.length });
  }
  pruneCalcChain(pkg, workbook, chainKeys);
  return { bytes: pkg.bytes(), frozen, warnings };
}

export function freezeWorkbook(bytes: Uint8Array): FreezeResult {
  return freezePackage(openPackage(bytes));
}
