import { financingLines, type FinancingCandidate } from "../../../src/core/workbook/financing";

const parties = ["Borgholm", "Mörbylånga"];

function hostRevenue(line: string): FinancingCandidate {
  return { line, allocation: "Borgholm", section: "revenue" };
}

describe("financingLines (workbook.md, Money between the members → Financing lines)", () => {
  const isFinancing = financingLines("Borgholm", parties);

  it("takes the host's own revenue lines whose Rad names a party, its own name and genitives included", () => {
    expect(isFinancing(hostRevenue("Intäkter från Mörbylånga kommun"))).toBe(true);
    expect(isFinancing(hostRevenue("Intäkter Borgholms kommun"))).toBe(true);
    expect(isFinancing(hostRevenue("Intäkter från Borgholms kommun"))).toBe(true);
    expect(isFinancing(hostRevenue("Mörbylånga"))).toBe(true);
  });

  it("compares by the workbook's name rule: case, spaces and the kind of dash do not matter", () => {
    expect(isFinancing(hostRevenue("  INTÄKTER  från  mörbylånga kommun "))).toBe(true);
    expect(isFinancing({ line: "Intäkter från Mörbylånga kommun", allocation: " borgholm ", section: "revenue" })).toBe(true);
    const dashed = financingLines("Norra Öland", ["Norra Öland", "Södra-Öland"]);
    expect(dashed({ line: "Intäkter från Södra – Öland", allocation: "Norra Öland", section: "revenue" })).toBe(true);
    expect(dashed({ line: "Intäkter från Norra  Ölands kommun", allocation: "Norra Öland", section: "revenue" })).toBe(true);
  });

  it("leaves the host's other own revenue (stock sales) as its own", () => {
    expect(isFinancing(hostRevenue("Övriga intäkter"))).toBe(false);
    expect(isFinancing(hostRevenue("Försäljning av lager"))).toBe(false);
    expect(isFinancing(hostRevenue("Intäkter från kommunala bolag"))).toBe(false);
  });

  it("matches whole names only: a party's name inside another word is not that party", () => {
    const small = financingLines("Ås", ["Ås", "Borgholm"]);
    expect(small({ line: "Intäkter från Västerås", allocation: "Ås", section: "revenue" })).toBe(false);
    expect(small({ line: "Intäkter Åsele", allocation: "Ås", section: "revenue" })).toBe(false);
    expect(small({ line: "Intäkter Borgholmsbladet", allocation: "Ås", section: "revenue" })).toBe(false);
    expect(small({ line: "Intäkter från Ås kommun", allocation: "Ås", section: "revenue" })).toBe(true);
  });

  it("is only ever the host's own revenue: not its costs, not a member's lines, not shared lines", () => {
    expect(isFinancing({ line: "Intäkter från Mörbylånga kommun", allocation: "Borgholm", section: "cost" })).toBe(false);
    expect(isFinancing({ line: "Intäkter från Borgholms kommun", allocation: "Mörbylånga", section: "revenue" })).toBe(false);
    expect(isFinancing({ line: "Intäkter från Mörbylånga kommun", allocation: "Gemensam", section: "revenue" })).toBe(false);
  });

  it("treats a party name holding pattern characters as text", () => {
    const odd = financingLines("A.B", ["A.B", "C+"]);
    expect(odd({ line: "Intäkter C+", allocation: "A.B", section: "revenue" })).toBe(true);
    expect(odd({ line: "Intäkter AxB", allocation: "A.B", section: "revenue" })).toBe(false);
  });
});
