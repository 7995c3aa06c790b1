import { exampleVariant, runCli, sha256, tempDir } from "./helpers";

// issue 7, item 4: a formula cell whose file holds no computed value is an error naming the cell, never a 0.
test("a forecast that is a formula never calculated stops the report, naming the cell (no deviation split out of thin air)", async () => {
  const dir = tempDir();
  const input = await exampleVariant(dir, "uncalculated.xlsx", (workbook) => {
    const ledger = workbook.getWorksheet("Underlag")!;
    // What a program that writes formulas but does not calculate leaves in the file: the formula, no value.
    ledger.getCell("F5").value = { formula: "E5*1.02" } as never;
  });
  const before = sha256(input);
  const run = await runCli(["report", input, "--json"]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^oit-budget: [^\n]+\n$/);
  expect(run.stderr).toContain("Underlag!F5");
  expect(run.stderr).toContain("formel utan beräknat värde");
  expect(sha256(input)).toBe(before);
  // The same formula with its computed value is read by that value: the report is the example generator's.
  const calculated = await exampleVariant(dir, "calculated.xlsx", (workbook) => {
    const ledger = workbook.getWorksheet("Underlag")!;
    ledger.getCell("F5").value = { formula: "E5*1.02", result: ledger.getCell("F5").value } as never;
  });
  const withValue = await runCli(["report", calculated, "--json"]);
  expect(withValue.code).toBe(0);
  const plain = await exampleVariant(dir, "plain.xlsx");
  expect(JSON.parse(withValue.stdout)).toEqual(JSON.parse((await runCli(["report", plain, "--json"])).stdout));
});
