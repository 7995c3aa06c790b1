import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "./helpers";

// issue 7, item 5: the example's causes are in tkr (its Enhet i rapporten); a report in kr converts them.
test("--unit kr explains the example's deviation with the causes in kronor: Ej förklarad avvikelse −201 600 kr, not −36 765 kr", async () => {
  const inKr = JSON.parse((await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--unit", "kr"])).stdout);
  const inTkr = JSON.parse((await runCli(["report", EXAMPLE_WORKBOOK, "--json"])).stdout);
  const amounts = (report: { narrative: { causes: { kind: string; amount: number }[] } }) =>
    report.narrative.causes.map((item) => [item.kind, item.amount]);
  expect(amounts(inTkr)).toEqual([["cause", 300], ["cause", -120], ["cause", -75], ["cause", 60], ["unexplained", -201], ["total", -36]]);
  expect(amounts(inKr)).toEqual([["cause", 300_000], ["cause", -120_000], ["cause", -75_000], ["cause", 60_000], ["unexplained", -201_600], ["total", -36_600]]);
  expect(inKr.narrative.paragraphs.at(-1)).toMatch(/Ej förklarad avvikelse −201\s600 kr\.$/);
});
