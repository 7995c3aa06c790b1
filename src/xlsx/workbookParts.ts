import type { XlsxPackage } from "./package";
import { attribute, elements } from "./xml";
import { xlsxError } from "./messages";

export interface Relationship {
  id: string;
  /** The last segment of the type URI: "worksheet", "officeDocument", "calcChain", … */
  kind: string;
  /** The target as a part name (resolved against the source part, no leading slash). */
  target: string;
  external: boolean;
}

export interface SheetPart {
  name: string;
  sheetId: number;
  relationshipId: string;
  /** The worksheet's part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
  /** Position among the workbook's sheets (what a defined name's localSheetId counts). */
  index: number;
}

function folderOf(part: string): string {
  return part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
}

/** `a/b/../c.xml` → `a/c.xml`; an absolute target is taken from the package root. */
function resolvePart(source: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const parts: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPart(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

export function relationshipsOf(pkg: XlsxPackage, part: string): Relationship[] {
  const xml = pkg.text(relationshipsPart(part)) ?? "";
  return elements(xml, "Relationship").map((element) => {
    const type = attribute(element.attributes, "Type") ?? "";
    const target = attribute(element.attributes, "Target") ?? "";
    const external = attribute(element.attributes, "TargetMode") === "External";
    return {
      id: attribute(element.attributes, "Id") ?? "",
      kind: type.slice(type.lastIndexOf("/") + 1),
      target: external ? target : resolvePart(part, target),
      external,
    };
  });
}

/** The workbook part the package's root relationships name; a zip without one is not a workbook. */
export function workbookPart(pkg: XlsxPackage): string {
  const main = relationshipsOf(pkg, "").find((relationship) => relationship.kind === "officeDocument");
  if (!main || !pkg.has(main.target) || !/<(?:\w+:)?workbook[\s>]/.test(pkg.text(main.target) ?? "")) {
    throw xlsxError("xlsxNoWorkbook", {});
  }
  return main.target;
}

/** The workbook's sheets in their order, with the part of each worksheet (chart sheets have none). */
export function sheetParts(pkg: XlsxPackage): SheetPart[] {
  const workbook = workbookPart(pkg);
  const relationships = relationshipsOf(pkg, workbook);
  return elements(pkg.text(workbook) ?? "", "sheet").flatMap((element, index) => {
    const relationshipId = attribute(element.attributes, "r:id") ?? "";
    const relationship = relationships.find((candidate) => candidate.id === relationshipId);
    if (!relationship || relationship.kind !== "worksheet") return [];
    return [
      {
        name: attribute(element.attributes, "name") ?? "",
        sheetId: Number(attribute(element.attributes, "sheetId")),
        relationshipId,
        part: relationship.target,
        index,
      },
    ];
  });
}
