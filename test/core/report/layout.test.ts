import fc from "fast-check";
import { invoiceLayout } from "../../../src/core/invoicing/invoiceLayout";
import { invoicesFromTables } from "../../../src/core/invoicing/invoicesFromTables";
import { layoutReport, reportFromTables, type CellBlock, type SheetLayout } from "../../../src/core/report";
import { LINE_HEIGHT, wrappedLines } from "../../../src/core/report/wrapParagraphs";
import { describe as describeError } from "../../../src/core/messages";
import { ledgerTable, table, workbook } from "./fixtures";
import { ledgerArb, reportOf } from "./generators";

/** The sheet as a sparse grid, failing when two blocks write the same cell or a merged paragraph covers one. */
function grid(layout: SheetLayout): Map<string, { value: string | number | null; block: CellBlock }> {
  const cells = new Map<string, { value: string | number | null; block: CellBlock }>();
  const take = (key: string, value: string | number | null, block: CellBlock) => {
    expect(cells.has(key)).toBe(false);
    cells.set(key, { value, block });
  };
  for (const block of layout.blocks) {
    block.values.forEach((row, r) => {
      expect(row).toHaveLength(block.values[0].length);
      row.forEach((value, c) => take(`${block.row + r},${block.column + c}`, value, block));
      for (let c = row.length; c < (block.mergeAcross ?? 0); c++) take(`${block.row + r},${block.column + c}`, null, block);
    });
  }
  return cells;
}

/** Characters a figure shows with the amount format's thousands separators, as an English locale writes them. */
function shown(value: string | number | null): number {
  return typeof value === "number" ? value.toLocaleString("en-US", { maximumFractionDigits: 2 }).length : String(value ?? "").length;
}

/** The characters of a text other than spaces, which wrapping may drop at a line's end. */
function letters(text: string | number | null): number {
  return String(text ?? "").replace(/\s/g, "").length;
}

/**
 * What printing needs of any layout: every heading, label and figure of a table fits its column with
 * room to spare, so nothing wraps or turns into ###; every sentence is merged from its column to the
 * last one, wrapped, and its row is at least as tall as its text needs even packed without a gap.
 */
function expectPrintable(layout: SheetLayout): void {
  const widths = layout.columnWidths;
  for (const block of layout.blocks) {
    if (block.mergeAcross) {
      expect(block.values.every((row) => row.length === 1)).toBe(true);
      expect(block.column + block.mergeAcross).toBe(widths.length);
      const merged = widths.slice(block.column).reduce((a, b) => a + b, 0);
      block.values.forEach(([text], i) => {
        const height = block.rowHeights?.[i] ?? 0;
        expect(height).toBeGreaterThanOrEqual(LINE_HEIGHT * Math.ceil(letters(text) / merged));
        expect(height % LINE_HEIGHT).toBe(0);
      });
    } else if (block.style !== "title") {
      block.values.forEach((row) => row.forEach((value, c) => expect(widths[block.column + c]).toBeGreaterThanOrEqual(shown(value) + 2)));
    }
  }
  expect(["text", "caption", "note"].filter((style) => layout.blocks.some((b) => b.style === style && !b.mergeAcross))).toEqual([]);
}

function rowAt(cells: ReturnType<typeof grid>, row: number, width = 7): (string | number | null | undefined)[] {
  return Array.from({ length: width }, (_, c) => cells.get(`${row},${c}`)?.value);
}

function rowOfText(cells: ReturnType<typeof grid>, text: string): number {
  const found = [...cells.entries()].find(([, cell]) => cell.value === text);
  if (!found) throw new Error(`no cell "${text}"`);
  return Number(found[0].split(",")[0]);
}

describe("layoutReport", () => {
  const causes = table("Avvikelseorsaker", ["Orsak", "Belopp"], [["Licenser", -120], ["Telefoni", "-75,5"]]);
  const report = reportFromTables(workbook({ extra: [causes] }));
  const layout = layoutReport(report);
  const cells = grid(layout);

  it("titles the sheet with the committee, period and unit and freezes the title; the column headings are the tables' own, not repeated above them", () => {
    expect(layout.sheetName).toBe("Rapport jan–aug 2027");
    expect(rowAt(cells, 0, 1)).toEqual(["Ölands IT-nämnd – Rapport jan–aug 2027, tkr"]);
    expect(rowAt(cells, 1)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(rowAt(cells, 2, 1)).toEqual([report.tables[0].title]);
    expect(rowAt(cells, 3)).toEqual(["tkr", "Budget jan–aug", "Utfall jan–aug", "Avvikelse ack.", "Årsbudget", "Årsprognos", "Avvikelse"]);
    expect(layout.freezeRows).toBe(1);
    expect(layout.columnWidths).toHaveLength(7);
  });

  it("makes each amount column wide enough for its bold heading on one line", () => {
    // "Budget jan–aug" and "Avvikelse ack." are 14 characters: bold, with room either side.
    expect(layout.columnWidths.slice(1)).toEqual([18, 18, 18, 12, 13, 12]);
    expectPrintable(layout);
  });

  it("prints landscape, every column on one page's width, the title on every page", () => {
    expect(layout.print).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      titleRows: layout.freezeRows,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    });
  });

  it("wraps the narrative and the caption across all seven columns, a long paragraph on more than one line", () => {
    const sentences = [...report.narrative.paragraphs, ...report.tables.flatMap((t) => (t.caption ? [t.caption] : []))];
    for (const sentence of sentences) expect(cells.get(`${rowOfText(cells, sentence)},0`)?.block.mergeAcross).toBe(7);
    const total = layout.columnWidths.reduce((a, b) => a + b, 0);
    const heights = layout.blocks.filter((b) => b.mergeAcross).flatMap((b) => b.values.map(([text], i) => [shown(text), b.rowHeights?.[i]]));
    expect(heights.some(([length]) => (length as number) > total)).toBe(true);
    expect(heights.some(([length]) => (length as number) < total / 2)).toBe(true);
    for (const [length, height] of heights) {
      if ((length as number) > total) expect(height).toBeGreaterThan(LINE_HEIGHT);
      if ((length as number) < total / 2) expect(height).toBe(LINE_HEIGHT);
    }
  });

  it("writes every table as title, header, rows as numbers with the amount format, then its caption and a blank row", () => {
    for (const t of report.tables) {
      const title = rowOfText(cells, t.title);
      expect(cells.get(`${title},0`)?.block.style).toBe("title");
      expect(cells.get(`${title + 1},1`)?.block.style).toBe("header");
      t.rows.forEach((row, i) => {
        const at = title + 2 + i;
        expect(rowAt(cells, at)).toEqual([row.label, ...row.values]);
        expect(cells.get(`${at},1`)?.block).toMatchObject({ style: row.kind, numberFormat: "#,##0;-#,##0" });
      });
      const after = title + 2 + t.rows.length;
      if (t.caption) expect(cells.get(`${after},0`)).toMatchObject({ value: t.caption, block: { style: "caption" } });
      expect(cells.has(`${after + (t.caption ? 1 : 0)},0`)).toBe(false);
    }
  });

  it("writes the narrative as text and the causes as numbers, ending with the deviation they explain", () => {
    for (const paragraph of report.narrative.paragraphs) expect(cells.get(`${rowOfText(cells, paragraph)},0`)?.block.style).toBe("text");
    const header = rowOfText(cells, "Orsak");
    expect(rowAt(cells, header, 2)).toEqual(["Orsak", "Belopp, tkr"]);
    expect([1, 2, 3, 4].map((i) => rowAt(cells, header + i, 2))).toEqual([
      ["Licenser", -120],
      ["Telefoni", -75.5],
      ["Ej förklarad avvikelse", 235.5],
      ["Avvikelse mot årsbudget", 40],
    ]);
    expect(cells.get(`${header + 1},1`)?.block.numberFormat).toBe("#,##0.0;-#,##0.0");
    expect(cells.get(`${header + 4},1`)?.block.style).toBe("total");
  });

  it("charts the shared lines' forecast deviation against their labels", () => {
    const chart = layout.chart;
    expect(chart).toBeDefined();
    if (!chart) return;
    const shared = report.tables.find((t) => t.id === "shared");
    const lines = shared?.rows.filter((row) => row.kind === "line") ?? [];
    expect(chart.rowCount).toBe(lines.length);
    const charted = Array.from({ length: chart.rowCount }, (_, i) => [cells.get(`${chart.firstRow + i},${chart.labelColumn}`)?.value, cells.get(`${chart.firstRow + i},${chart.valueColumn}`)?.value]);
    expect(charted).toEqual(lines.map((row) => [row.label, row.values[5]]));
  });

  it("has no chart without shared lines", () => {
    const own = reportFromTables(workbook({ ledger: table("Underlag", ["Rad", "Fördelning", "Utfall", "Årsbudget", "Årsprognos"], [["A", "Borgholm", 1, 1, 1]]) }));
    expect(layoutReport(own).chart).toBeUndefined();
  });

  it("lays out any generated report without overlapping cells, numbers kept as numbers", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const sheet = layoutReport(reportOf(generated));
        grid(sheet);
        expectPrintable(sheet);
        for (const block of sheet.blocks.filter((b) => b.numberFormat)) {
          for (const [label, ...amounts] of block.values) {
            expect(typeof label).toBe("string");
            for (const amount of amounts) expect(Number.isInteger(amount)).toBe(true);
          }
        }
      }),
      { numRuns: 30 }
    );
  });
});

describe("wrappedLines", () => {
  it("breaks at spaces, and gives a word longer than a line lines of its own", () => {
    expect(wrappedLines("aaa bbb", 7)).toBe(1);
    expect(wrappedLines("aaa bbb", 6)).toBe(2);
    expect(wrappedLines("aaa  bbb ccc", 7)).toBe(2);
    expect(wrappedLines("abcdefg hi", 3)).toBe(4);
    expect(wrappedLines("", 10)).toBe(1);
  });

  it("takes at least the lines of the letters packed without gaps, at most a line per line-long piece of each word", () => {
    const words = fc.array(fc.stringMatching(/^[a-zåäö–]{1,15}$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 80 }), (list, width) => {
        const lines = wrappedLines(list.join(" "), width);
        expect(lines).toBeGreaterThanOrEqual(Math.ceil(list.join("").length / width));
        expect(lines).toBeLessThanOrEqual(list.reduce((sum, word) => sum + Math.ceil(word.length / width), 0));
      })
    );
  });
});

describe("invoiceLayout prints as the report does", () => {
  const plan = invoicesFromTables(workbook());
  const layout = invoiceLayout(plan);

  it("upright on A4, one page wide, headings and figures fitted and its captions wrapped under the tables", () => {
    expect(layout.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true, titleRows: 0 });
    // The invoices' caption, and the settlement's when the year has a basis: each right under its table's Summa row.
    const captions = layout.blocks.filter((b) => b.style === "caption");
    expect(captions).toHaveLength(plan.basis ? 2 : 1);
    expect(captions.map((caption) => layout.blocks.find((b) => b.row + b.values.length === caption.row)?.style)).toEqual(captions.map(() => "total"));
    expectPrintable(layout);
  });
});

describe("texts Excel cannot hold in a cell (issue 7, item 13)", () => {
  // Three lines with 12 000-character labels: the analysis names the three largest deviations in one paragraph.
  const long = (letter: string) => `${letter} ${"lång text ".repeat(1200)}`.slice(0, 12_000);
  const rows = ["A", "B", "C"].map((letter, i) => [long(letter), "Gemensam", "Kostnad", 0, 0, 1000 * (i + 1), 0]);
  const report = reportFromTables(workbook({ ledger: ledgerTable(rows) }));

  it("writes no cell over Excel's 32 767 characters, shortening the paragraph with an ellipsis", () => {
    const paragraph = report.narrative.paragraphs.find((p) => p.startsWith("De största avvikelserna")) as string;
    expect(paragraph.length).toBeGreaterThan(36_000);
    const texts = layoutReport(report).blocks.flatMap((block) => block.values.flat()).filter((value): value is string => typeof value === "string");
    expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
    const written = texts.find((t) => t.startsWith("De största avvikelserna")) as string;
    expect(written).toBe(paragraph.slice(0, 32_766) + "…");
  });

  it("says so in the report's warnings, quoting the text's beginning and naming the ledger cell of the longest label it quotes", () => {
    expect(report.warnings.map((w) => [w.code, w.params.length])).toEqual([["textCappedAt", report.narrative.paragraphs[3].length]]);
    expect(report.warnings[0].where).toMatchObject({ sheet: "Underlag", table: "Underlag", row: 1, address: "Underlag!A2" });
    expect(describeError(report.warnings[0], "sv")).toBe(
      `En text i rapporten är ${report.narrative.paragraphs[3].length} tecken lång (”De största avvikelserna mot årsbudget fi…”, från cellen Underlag!A2: rad 1 i tabellen Underlag, bladet Underlag), men en cell i Excel rymmer högst 32767 tecken: den skrivs förkortad. Korta texten i cellen`
    );
  });

  it("names the cell of a label that is itself too long for a cell", () => {
    const rows = [["Licenser", "Gemensam", "Kostnad", 0, 0, 100, 0], ["x".repeat(40_000), "Gemensam", "Kostnad", 0, 0, 0, 0]];
    const warnings = reportFromTables(workbook({ ledger: ledgerTable(rows) })).warnings.filter((w) => w.code === "textCappedAt");
    // One warning, naming the Rad cell the label was read from.
    expect(warnings.map((w) => [w.params.length, w.where?.address, w.where?.columnName])).toEqual([[40_000, "Underlag!A3", "Rad"]]);
  });
});
