import { createSettingsSheet, readKeySetup, saveKeyYear } from "../../src/excel/keys";
import { installFakeOffice } from "../fakes";

describe("saveKeyYear", () => {
  it("keeps a party typed with a leading - or = as text, and the figures as numbers", async () => {
    const host = installFakeOffice(globalThis, {});
    await createSettingsSheet(2027);
    await saveKeyYear(2027, [
      { year: 2027, party: "-Borgholm", users: 1700, share: null },
      { year: 2027, party: "=Mörbylånga", users: 2100, share: null },
    ]);
    const setup = await readKeySetup();
    expect(setup?.rows).toEqual([
      { year: 2027, party: "-Borgholm", users: 1700, share: null },
      { year: 2027, party: "=Mörbylånga", users: 2100, share: null },
    ]);
    const sheet = host.sheet("Inställningar");
    expect(host.cellAt(sheet, 1, 2)).toMatchObject({ value: 1700, numberFormat: "General" });
  });

  it.each([
    [1, "0.0 %"],
    [2, "0.00 %"],
    [0, "0 %"],
  ])("formats the Andel cells with the key's %i percent decimals", async (decimals, format) => {
    const host = installFakeOffice(globalThis, {});
    await createSettingsSheet(2027);
    await saveKeyYear(2027, [
      { year: 2027, party: "Borgholm", users: 1700, share: 0.4474 },
      { year: 2027, party: "Mörbylånga", users: 2100, share: 0.5526 },
    ], decimals);
    const sheet = host.sheet("Inställningar");
    expect([1, 2].map((row) => host.cellAt(sheet, row, 3).numberFormat)).toEqual([format, format]);
  });
});
