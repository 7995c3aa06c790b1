import { OitError } from "../../src/core/errors";
import type { SheetLayout } from "../../src/core/report/layout.types";
import { REPORT_MARKER_NAME } from "../../src/core/report/marker";
import { excelNotice } from "../../src/excel/messages";
import { columnWidthInPoints } from "../../src/excel/renderLayout";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { WRITE_REPORT_SYNCS, writeReport } from "../../src/excel/writeReport";
import {
  FakeExcelHost,
  asExcelContext,
  type FakeWorkbookSeed,
  type WorkbookSnapshot,
  type WriteEntry,
} from "../fakes";
import { defaultPrint } from "../fakes/state";
import { NUMBER_FORMAT, expectBlocksWritten, sampleLayout } from "./layouts";
import { failure } from "./rejection";

const NAME = "Rapport jan–aug 2027";

const userSheets: FakeWorkbookSeed = {
  sheets: [
    {
      name: "Underlag",
      values: [
        ["Rad", "Utfall"],
        ["Personal", 100],
      ],
    },
    { name: "Anteckningar", values: [["mina noter"]] },
  ],
};

/** The write as the actions make it, after reading the sheets; host.syncs then counts the write's alone. */
async function write(host: FakeExcelHost, layout: SheetLayout) {
  const context = asExcelContext(host.context());
  const { sheets } = await readWorkbook(context, { names: [] });
  host.syncs = 0;
  return writeReport(context, layout, sheets);
}

/** A predicate that matches the n-th write of that action (1-based), counting from its creation. */
function nth(action: WriteEntry["action"], n: number): (entry: WriteEntry) => boolean {
  let seen = 0;
  return (entry) => entry.action === action && ++seen === n;
}


describe("writeReport on a new sheet", () => {
  const layout = sampleLayout(4);
  let host: FakeExcelHost;
  let result: Awaited<ReturnType<typeof writeReport>>;

  beforeAll(async () => {
    host = new FakeExcelHost(userSheets);
    result = await write(host, layout);
  });

  it("names the sheet after the layout, activates it and says nothing was replaced", () => {
    expect(result).toEqual({ sheetName: NAME, replaced: false, skipped: [] });
    expect(host.sheetNames()).toEqual(["Underlag", "Anteckningar", NAME]);
    expect(host.activeSheet().name).toBe(NAME);
  });

  it("writes every block's values where the layout puts them", () => {
    expectBlocksWritten(host, layout);
  });

  it("right-aligns the headings over the figures and leaves the label column's alone, as the ExcelJS writer does", () => {
    const sheet = host.sheet(NAME);
    const header = layout.blocks.find((b) => b.style === "header")!;
    const line = layout.blocks.find((b) => b.style === "line")!;
    const alignments = (row: number) =>
      header.values[0].map((_, column) => host.cellAt(sheet, row, column).horizontalAlignment);
    expect(alignments(header.row)).toEqual(["General", "Right", "Right", "Right", "Right"]);
    expect(alignments(line.row)).toEqual(Array(5).fill("General"));
  });

  it("gives numbers the block's number format, text the text format and blanks General", () => {
    const sheet = host.sheet(NAME);
    const line = layout.blocks.find((b) => b.style === "line")!;
    const header = layout.blocks.find((b) => b.style === "header")!;
    expect(host.cellAt(sheet, line.row, 1).numberFormat).toBe(NUMBER_FORMAT);
    expect(host.cellAt(sheet, line.row, 4).numberFormat).toBe(NUMBER_FORMAT);
    expect(host.cellAt(sheet, line.row, 0).numberFormat).toBe("@");
    expect(host.cellAt(sheet, header.row, 1).numberFormat).toBe("@");
    expect(host.cellAt(sheet, header.row, 0).numberFormat).toBe("General");
  });

  it("makes title, header, sum and total rows bold, line and caption rows not, and fills only the header", () => {
    const sheet = host.sheet(NAME);
    const styleOfRow = new Map(
      layout.blocks.flatMap((b) => b.values.map((_, i) => [b.row + i, b.style] as const))
    );
    for (const [row, style] of styleOfRow) {
      expect({ style, bold: host.cellAt(sheet, row, 0).bold }).toEqual({
        style,
        bold: ["title", "header", "sum", "total"].includes(style),
      });
      expect({ style, filled: host.cellAt(sheet, row, 0).fill !== null }).toEqual({
        style,
        filled: style === "header",
      });
    }
  });

  it("sets column widths (characters to points), frozen rows, the marker and the chart", () => {
    const sheet = host.sheet(NAME);
    expect([...sheet.columnWidths.entries()]).toEqual(
      layout.columnWidths.map((w, i) => [i, columnWidthInPoints(w)])
    );
    expect(sheet.frozenRows).toBe(layout.freezeRows);
    const snapshot = host.snapshot().sheets.find((s) => s.name === NAME)!;
    expect(snapshot.names.map((n) => n.name)).toEqual([REPORT_MARKER_NAME]);
    expect(snapshot.charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        title: layout.chart!.title,
        source: `'${NAME}'!E4:E7`,
        categories: `'${NAME}'!A4:A7`,
        // Under its data (rows 4–7) and as wide as the five columns, so it prints within the table.
        anchor: `'${NAME}'!A9`,
        anchorEnd: `'${NAME}'!E23`,
        legendVisible: false,
        reversePlotOrder: true,
      }),
    ]);
  });

  it("merges the caption across the five columns, wrapped from the top, at the layout's height", () => {
    const sheet = host.sheet(NAME);
    const caption = layout.blocks.find((b) => b.style === "caption")!;
    expect(host.snapshot().sheets.find((s) => s.name === NAME)!.merges).toEqual([
      `A${caption.row + 1}:E${caption.row + 1}`,
    ]);
    expect(host.cellAt(sheet, caption.row, 0)).toMatchObject({
      value: caption.values[0][0],
      wrapText: true,
      verticalAlignment: "Top",
    });
    expect(Object.fromEntries(sheet.rowHeights)).toEqual({ [caption.row]: 30 });
    const line = layout.blocks.find((b) => b.style === "line")!;
    expect(host.cellAt(sheet, line.row, 0).wrapText).toBe(false);
  });

  it("prints landscape on A4, one page wide, narrow margins, the first three rows on every page", () => {
    expect(host.sheet(NAME).print).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      // In points (0.25, 0.75 and 0.3 inches).
      margins: {
        left: 18,
        right: 18,
        top: 54,
        bottom: 54,
        header: expect.closeTo(21.6, 9),
        footer: expect.closeTo(21.6, 9),
      },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$1:$3",
    });
  });

  it("writes on no sheet but its own", () => {
    const own = host.sheet(NAME).id;
    expect(host.writes.filter((entry) => entry.sheetId !== own)).toEqual([]);
  });

  it("uses the documented number of syncs", () => {
    expect(host.syncs).toBe(WRITE_REPORT_SYNCS);
  });
});

describe("labels that Excel would take for formulas", () => {
  const labels = ["=Licenser", "+ Tillägg", "- Licenser", "@drift", "-120"];

  it.each(labels)("arrive as the text %s, in the figures' rows and in a paragraph", async (label) => {
    const host = new FakeExcelHost(userSheets);
    const layout = sampleLayout(2);
    const blocks = layout.blocks.map((block) =>
      block.style === "line" || block.style === "caption"
        ? { ...block, values: block.values.map((row) => [label, ...row.slice(1)]) }
        : block
    );
    await write(host, { ...layout, blocks });
    const sheet = host.sheet(NAME);
    for (const block of blocks.filter((b) => b.style === "line" || b.style === "caption")) {
      expect(host.cellAt(sheet, block.row, 0)).toMatchObject({ value: label, error: false });
      expect(host.cellAt(sheet, block.row, 0).formula).toBeUndefined();
    }
  });
});

describe("a layout without print settings", () => {
  it("leaves the sheet's page layout as Excel made it", async () => {
    const host = new FakeExcelHost(userSheets);
    await write(host, { ...sampleLayout(2), print: undefined });
    expect(host.sheet(NAME).print).toEqual(defaultPrint());
  });
});

describe("the number of syncs", () => {
  it.each([10, 10_000])("is the same for a report of %i lines", async (lines) => {
    const host = new FakeExcelHost(userSheets);
    await write(host, sampleLayout(lines));
    expect(host.syncs).toBe(WRITE_REPORT_SYNCS);
    expect(
      host.valuesAt(host.sheet(NAME), { row: 2 + lines, column: 0, rowCount: 1, columnCount: 1 })
    ).toEqual([[`Rad ${lines}`]]);
  });
});

describe("replacing", () => {
  it("replaces our own earlier report in its place, and touches no other sheet", async () => {
    const host = new FakeExcelHost({
      sheets: [
        userSheets.sheets![0],
        { name: NAME, values: [["gammal rapport"]], names: [REPORT_MARKER_NAME] },
        userSheets.sheets![1],
      ],
    });
    const old = host.sheet(NAME).id;
    const before = host.snapshot();
    const result = await write(host, sampleLayout(3));
    expect(result).toEqual({ sheetName: NAME, replaced: true, skipped: [] });
    expect(host.sheetNames()).toEqual(["Underlag", NAME, "Anteckningar"]);
    expect(host.cellAt(host.sheet(NAME), 0, 0).value).toBe(sampleLayout(3).blocks[0].values[0][0]);
    const fresh = host.sheet(NAME).id;
    const foreign = host.writes.filter(
      (e: WriteEntry) => e.sheetId !== fresh && !(e.sheetId === old && e.action === "deleteSheet")
    );
    expect(foreign).toEqual([]);
    const after = host.snapshot();
    for (const name of ["Underlag", "Anteckningar"]) {
      expect(after.sheets.find((s) => s.name === name)).toEqual(
        before.sheets.find((s) => s.name === name)
      );
    }
  });

  it("never touches a user's sheet that carries the name: the report takes the next free number", async () => {
    const host = new FakeExcelHost({
      sheets: [
        { name: NAME, values: [["användarens eget blad"]] },
        { name: `${NAME} (2)`, values: [["också användarens"]] },
      ],
    });
    const before = host.snapshot();
    const result = await write(host, sampleLayout(3));
    expect(result).toEqual({ sheetName: `${NAME} (3)`, replaced: false, skipped: [] });
    expect(host.snapshot().sheets.slice(0, 2)).toEqual(before.sheets);
  });

  it("replaces our numbered report when the plain name is the user's", async () => {
    const host = new FakeExcelHost({
      sheets: [
        { name: NAME, values: [["användarens"]] },
        { name: `${NAME} (2)`, values: [["vår gamla"]], names: [REPORT_MARKER_NAME] },
      ],
    });
    const result = await write(host, sampleLayout(2));
    expect(result).toEqual({ sheetName: `${NAME} (2)`, replaced: true, skipped: [] });
    expect(host.sheetNames()).toEqual([NAME, `${NAME} (2)`]);
  });
});

/** A workbook with a user's sheet and our earlier report, which a new one replaces. */
const withOldReport: FakeWorkbookSeed = {
  sheets: [
    userSheets.sheets![0],
    { name: NAME, values: [["gammal rapport"]], names: [REPORT_MARKER_NAME] },
  ],
};

describe("a write that fails halfway through the figures", () => {
  const failures: [string, () => (entry: WriteEntry) => boolean][] = [
    ["the third range write", () => nth("values", 3)],
    ["right-aligning the headings", () => nth("horizontalAlignment", 1)],
    ["the marker", () => nth("name", 1)],
    ["merging the caption", () => nth("merge", 1)],
    ["deleting the old report", () => (entry) => entry.action === "deleteSheet" && entry.sheet === NAME],
  ];

  it.each(failures)(
    "at %s leaves the workbook exactly as it was and says so",
    async (_, predicate) => {
      const host = new FakeExcelHost(withOldReport);
      const before = host.snapshot();
      host.failWhen(predicate());
      const error = await failure(write(host, sampleLayout(5)));
      expect(error).toBeInstanceOf(OitError);
      expect((error as OitError).code).toBe("reportNotWritten");
      expect((error as OitError).params.sheet).toBe(NAME);
      expect(host.snapshot()).toEqual(before);
    }
  );

  it("names the leftover sheet when even the cleanup fails", async () => {
    const host = new FakeExcelHost(withOldReport);
    host.failWhen((entry) => entry.action === "name" || entry.action === "deleteSheet");
    const error = (await failure(write(host, sampleLayout(5)))) as OitError;
    expect(error.code).toBe("reportNotWrittenLeftover");
    expect(host.sheetNames()).toContain(error.params.leftover);
    expect(host.sheetNames()).toContain(NAME);
  });
});

describe("print settings or a chart that Excel refuses once the figures are in place", () => {
  type SheetSnapshot = WorkbookSnapshot["sheets"][number];
  const refusals: [string, () => (entry: WriteEntry) => boolean, (sheet: SheetSnapshot) => void][] = [
    [
      "the page layout's first setting",
      () => nth("pageLayout", 1),
      (sheet) => {
        expect(sheet.print).toEqual(defaultPrint());
        expect(sheet.charts).toEqual([]);
      },
    ],
    [
      // Office.js keeps what ran before the refused call: orientation, paper and margins stay.
      "the zoom of one page wide, any number down",
      () => nth("pageLayout", 4),
      (sheet) => {
        expect(sheet.print).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: defaultPrint().zoom });
        expect(sheet.print.titleRows).toBeUndefined();
        expect(sheet.charts).toEqual([]);
      },
    ],
    [
      "adding the chart",
      () => nth("chart", 1),
      (sheet) => {
        expect(sheet.print).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: "$1:$3" });
        expect(sheet.charts).toEqual([]);
      },
    ],
    [
      // The half-made chart sits under the table, where it hides no figure.
      "the chart's categories",
      () => nth("chart", 3),
      (sheet) => {
        expect(sheet.charts).toEqual([
          expect.objectContaining({ anchor: `'${NAME}'!A9`, anchorEnd: `'${NAME}'!E23`, title: "" }),
        ]);
        expect(sheet.charts[0].categories).toBeUndefined();
      },
    ],
  ];

  it.each(refusals)(
    "at %s keeps the complete, marked report in place of the old one and names the refusal",
    async (_, predicate, partlyApplied) => {
      const host = new FakeExcelHost(withOldReport);
      const old = host.sheet(NAME).id;
      const layout = sampleLayout(4);
      host.failWhen(predicate());
      const result = await write(host, layout);
      expect(result).toEqual({
        sheetName: NAME,
        replaced: true,
        skipped: [
          excelNotice("decorationsSkipped", { sheet: NAME, detail: expect.stringContaining(`injected failure`) }),
        ],
      });
      expect(host.sheetNames()).toEqual(["Underlag", NAME]);
      expect(host.sheet(NAME).id).not.toBe(old);
      expect(host.activeSheet().name).toBe(NAME);
      expectBlocksWritten(host, layout);
      const sheet = host.snapshot().sheets.find((s) => s.name === NAME)!;
      expect(sheet.names.map((n) => n.name)).toEqual([REPORT_MARKER_NAME]);
      expect(sheet.frozenRows).toBe(layout.freezeRows);
      expect(sheet.merges).toHaveLength(1);
      partlyApplied(sheet);
      // One more, to see that the refused batch had put the sheet in place.
      expect(host.syncs).toBe(WRITE_REPORT_SYNCS + 1);
    }
  );

  it("reads the print scale back and says so when Excel kept its own without refusing", async () => {
    const host = new FakeExcelHost(userSheets);
    host.keepsPrintScale = true;
    const result = await write(host, sampleLayout(3));
    expect(result.skipped).toEqual([excelNotice("printScaleNotApplied", { sheet: NAME, scale: 100 })]);
    expect(host.syncs).toBe(WRITE_REPORT_SYNCS);
    expectBlocksWritten(host, sampleLayout(3));
  });

  it.each([
    ["print settings only (as the invoices have)", { chart: undefined }, "pageLayout", "printSettingsSkipped"],
    ["a chart only", { print: undefined }, "chart", "chartSkipped"],
  ] as const)("names only what was asked for when the layout has %s", async (_, without, action, code) => {
    const host = new FakeExcelHost(userSheets);
    host.failWhen(nth(action, 1));
    const result = await write(host, { ...sampleLayout(3), ...without });
    expect(result.skipped).toEqual([excelNotice(code, { sheet: NAME, detail: `injected failure: ${action} on ${NAME}` })]);
    expectBlocksWritten(host, sampleLayout(3));
  });
});
