import { Dec } from "../decimal";
import { amountTable, moneySheet } from "../invoicing/amountTable";
import { formatPercent } from "../report/format";
import { AMOUNT_FORMAT } from "../report/layout";
import type { CellBlock, SheetLayout } from "../report/layout.types";
import type { ExitSplit } from "./types";

export function exitSheetName(year: number): string {
  return `Avveckling ${year}`;
}

function keyText(split: ExitSplit): string {
  return split.key.map((entry) => `${entry.party} ${formatPercent(new Dec(entry.share), split.keyDecimals)}`).join(", ");
}

/**
 * The sheet `Avveckling YYYY` (workbook.md "A member leaves"): each wind-down item split between the parties
 * with their totals, the remaining parties' shared cost before and after the exit (the chart's data), and the
 * same per shared line. Numbers and formats only; the chart is drawn by the Office.js writer (ExcelJS cannot
 * write charts), the figures stand without it.
 */
export function exitLayout(split: ExitSplit): SheetLayout {
  const parties = split.key.map((entry) => entry.party);
  const blocks: CellBlock[] = [{ row: 0, column: 0, values: [[`Avveckling när ${split.party} lämnar samarbetet efter ${split.year}, kr`]], style: "title" }];
  blocks.push({ row: 2, column: 0, values: [["Tillgångar och avvecklingskostnader per part"]], style: "title" });
  const items = amountTable(
    3,
    ["Post", "Ägare", "Typ", "Belopp", ...parties],
    split.items.map((item) => [item.label, item.owner, item.type ?? null, item.amount, ...item.parts.map((part) => part.amount)]),
    `Gemensamma poster fördelas efter nyckeln för ${split.year} (${keyText(split)}) på kronan; det som en part äger går helt till den.`
  );
  blocks.push(...items.blocks);
  const heading = items.next + 1;
  blocks.push({ row: heading, column: 0, values: [[`Kvarstående gemensamma kostnader per år (årsbudget ${split.year})`]], style: "title" });
  const lines = amountTable(
    heading + 1,
    ["Rad", ...split.remaining.flatMap((party) => [`${party.party} före`, `${party.party} efter`])],
    (split.remaining[0]?.lines ?? []).map((line, l) => [line.label, ...split.remaining.flatMap((party) => [party.lines[l].before, party.lines[l].after])]),
    "Före: partens andel enligt nyckeln. Efter: det som kvarstår av varje gemensam rad (kolumnen Kvarstår i underlaget, tom = 100 %) fördelat mellan de kvarvarande parterna i proportion till deras andelar."
  );
  blocks.push(...lines.blocks);
  // Last on the sheet, without a sum row: the chart of these figures is drawn right under them.
  blocks.push(
    { row: lines.next, column: 0, values: [["Part", "Före", "Efter"]], style: "header" },
    { row: lines.next + 1, column: 0, values: split.remaining.map((party) => [party.party, party.before, party.after]), style: "line", numberFormat: AMOUNT_FORMAT }
  );
  return {
    ...moneySheet(exitSheetName(split.year), blocks),
    chart: {
      title: `Kvarstående kostnader före och efter att ${split.party} lämnar`,
      firstRow: lines.next + 1,
      rowCount: split.remaining.length,
      labelColumn: 0,
      valueColumn: 1,
      series: ["Före", "Efter"],
    },
  };
}
