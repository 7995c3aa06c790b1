import { zipSync, unzipSync, strToU8 } from "fflate";
import { describe as describeNotice } from "../../src/core/messages";
import { isOitError } from "../../src/core/errors";
import { sendCopy } from "../../src/excel/sendCopy";
import { freezeWorkbook } from "../../src/xlsx/freeze";
import { installFakeOffice } from "../fakes";
import { oitWorkbook, oitCells, parts } from "../xlsx/oitWorkbook";

/** The test workbook with a picture that does not compress, so the file takes three 4 MB slices. */
function largeWorkbook(): Uint8Array {
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  const picture = new Uint8Array(9 * 1024 * 1024);
  for (let i = 0; i < picture.length; i++) picture[i] = (i * 2654435761) >>> 24;
  files["xl/media/image1.png"] = [picture, { level: 0 }];
  return zipSync(files);
}

describe("Skicka en kopia: the open workbook's file, frozen, opened as a new workbook", () => {
  test("reads every slice once, in order, closes the file, and opens the frozen copy", async () => {
    const host = installFakeOffice(globalThis);
    const file = largeWorkbook();
    host.files.content = file;
    const sent = await sendCopy();
    expect(host.files.slicesRead).toEqual([0, 1, 2]);
    expect(host.files.open).toBe(0);
    expect(host.files.created).toHaveLength(1);
    expect(Buffer.from(host.files.created[0]).equals(Buffer.from(freezeWorkbook(file).bytes))).toBe(true);
    expect(sent.frozen).toBe(oitCells.length);
    expect(sent.warnings.map((warning) => describeNotice(warning, "sv"))).toEqual([
      "Namnen Nyckeln anropar OIT-funktioner och fungerar inte utan tillägget (cellerna som använder dem har fått sina värden)",
    ]);
    const copy = unzipSync(host.files.created[0]);
    expect(new TextDecoder().decode(copy["xl/worksheets/sheet1.xml"])).not.toMatch(/_xldudf|_xludf/);
    expect(copy["xl/media/image1.png"].length).toBe(9 * 1024 * 1024);
  });

  test("a file that cannot be frozen opens nothing, and the file is closed all the same", async () => {
    const host = installFakeOffice(globalThis);
    host.files.content = oitWorkbook({ "xl/workbook.xml": null });
    let caught: unknown;
    await sendCopy().catch((error: unknown) => (caught = error));
    expect(isOitError(caught) && caught.code).toBe("xlsxNoWorkbook");
    expect(host.files.open).toBe(0);
    expect(host.files.created).toEqual([]);
  });

  test("Excel refusing the file is a sentence, not Office's error object", async () => {
    installFakeOffice(globalThis);
    let caught: unknown;
    await sendCopy().catch((error: unknown) => (caught = error));
    expect(isOitError(caught) && describeNotice(caught, "en")).toBe("Excel did not hand over the workbook as a file, so no copy was made (The document could not be read)");
  });
});
