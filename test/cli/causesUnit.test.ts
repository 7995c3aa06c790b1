import { EXAMPLE_WORKBOOK } from "../../src/cli/main";
import { runCli } from "./helpers";

// issue 7, item 5: the example's causes are in tkr (its Enhet i rapporten); a report in kr converts them.
test("--unit kr explains the example's deviation with the causes in kronor: Ej förklarad avvikelse +38 400 kr, not +203 235 kr", async () => {
  const inKr = JSON.parse((await runCli(["report", EXAMPLE_WORKBOOK, "--json", "--unit", "kr"])).stdout);
  const inTkr = JSON.parse((await runCli(["report", EXAMPLE_WORKBOOK, "--json"])).stdout);
  const amounts = (report: { narrative: { causes: { kind: string; amount: number }[] } }) =>
    report.narrative.causes.map((item) => [item.kind, item.amount]);
  expect(amounts(inTkr)).toEqual([["cause", 300], ["cause", -120], ["cause", -75], ["cause", 60], ["unexplained", 39], ["total", 204]]);
  expect(amounts(inKr)).toEqual([["cause", 300_000], ["cause", -120_000], ["cause", -75_000], ["cause", 60_000], ["unexplained", 38_400], ["total", 203_400]]);
  expect(inKr.narrative.paragraphs.at(-1)).toMatch(/Ej förklarad avvikelse \+38\s400 kr\.$/);
});
