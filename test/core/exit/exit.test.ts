import fc from "fast-check";
import { Dec, toNumber } from "../../../src/core/decimal";
import { exitFromTables } from "../../../src/core/exit/fromTables";
import { exitJson } from "../../../src/core/exit/json";
import { exitLayout } from "../../../src/core/exit/layout";
import { describe as describeMessage } from "../../../src/core/messages";
import { key } from "../../../src/core/rules";
import { errorOf, keysTable, ledgerTable, standardSettings, table, workbook } from "../report/fixtures";

const headers = ["Rad", "Fördelning", "Typ", "Utfall", "Årsbudget", "Prognos", "Kvarstår"];

function tables(options: { ledger?: unknown[][]; items?: unknown[][]; parties?: unknown[][] } = {}) {
  return workbook({
    settings: { ...standardSettings, År: 2026 },
    keys: keysTable(options.parties ?? [
      [2026, "Borgholm", null, 0.456],
      [2026, "Mörbylånga", null, 0.544],
    ]),
    ledger: ledgerTable(
      options.ledger ?? [
        ["Personalkostnader", "Gemensam", "Kostnad", 0, 5_000_000, 0, 0.8],
        ["Licenser", "Gemensam", "Kostnad", 0, 3_000_000, 0, "50 %"],
        ["Intäkter kommunala bolag", "Gemensam", "Intäkt", 0, -1_000_000, 0, null],
        ["Nämndsarvoden", "Mörbylånga", "Kostnad", 0, 200_000, 0, 0],
      ],
      headers
    ),
    extra: [
      table("Avveckling", ["Post", "Belopp", "Ägare", "Typ"], options.items ?? [
        ["IT-lager", 1_000_000, "Gemensam", "Tillgång"],
        ["Uppsägningslöner", 333_333, "gemensam", "Kostnad"],
        ["Reservdelar", 12_000, "Mörbylånga", "Tillgång"],
      ]),
    ],
  });
}

describe("when a member leaves (domain.md section 13, workbook.md A member leaves)", () => {
  it("splits Gemensam items by the last year's key to the krona and gives owned items to their owner", () => {
    const split = exitFromTables(tables(), "mörbylånga");
    expect(split.party).toBe("Mörbylånga");
    expect(split.items.map((item) => item.parts.map((p) => p.amount))).toEqual([
      [456_000, 544_000],
      [152_000, 181_333],
      [0, 12_000],
    ]);
    expect(split.items[0]).toMatchObject({ label: "IT-lager", owner: "Gemensam", type: "Tillgång", amount: 1_000_000 });
    expect(split.totals).toEqual([
      { party: "Borgholm", amount: 608_000 },
      { party: "Mörbylånga", amount: 737_333 },
    ]);
  });

  it("gives the remaining party its share before and what stays of every shared line after", () => {
    const [borgholm] = exitFromTables(tables(), "Mörbylånga").remaining;
    expect(borgholm.party).toBe("Borgholm");
    expect(borgholm.lines).toEqual([
      { label: "Personalkostnader", before: 2_280_000, after: 4_000_000 },
      { label: "Licenser", before: 1_368_000, after: 1_500_000 },
      { label: "Intäkter kommunala bolag", before: -456_000, after: -1_000_000 },
    ]);
    expect(borgholm.before).toBe(3_192_000);
    expect(borgholm.after).toBe(4_500_000);
  });

  it("states the key on its sheet with the key's decimals (Nyckelns decimaler), as every other sheet does", () => {
    const texts = (decimals: number) => {
      const withDecimals = tables().map((t) => (t.name === "Inställningar" ? { ...t, rows: [...t.rows, ["Nyckelns decimaler", decimals]] } : t));
      return exitLayout(exitFromTables(withDecimals, "Mörbylånga")).blocks.flatMap((block) => block.values.flat()).filter((value) => typeof value === "string").join("\n");
    };
    expect(texts(2)).toContain("Borgholm 45,60 %, Mörbylånga 54,40 %");
    expect(texts(1)).toContain("Borgholm 45,6 %, Mörbylånga 54,4 %");
  });

  it("gives the JSON of workbook.md", () => {
    const json = exitJson(exitFromTables(tables(), "Mörbylånga"));
    expect(Object.keys(json)).toEqual(["year", "party", "key", "items", "totals", "remaining"]);
    expect((json as { key: unknown }).key).toEqual([
      { party: "Borgholm", share: 0.456 },
      { party: "Mörbylånga", share: 0.544 },
    ]);
  });

  it("refuses an exit party that is not a member or is the host, an unknown owner and a Kvarstår outside 0–100 %", () => {
    expect(errorOf(() => exitFromTables(tables(), "Kalmar"))).toMatchObject({ code: "exitPartyUnknown", params: { allowed: ["Mörbylånga"] } });
    const host = errorOf(() => exitFromTables(tables(), "Borgholm"));
    expect(host.code).toBe("exitPartyIsHost");
    expect(describeMessage(host, "en")).toContain("host");
    const owner = errorOf(() => exitFromTables(tables({ items: [["Bilar", 10, "Kalmar", "Tillgång"]] }), "Mörbylånga"));
    expect(owner).toMatchObject({ code: "windDownUnknownOwner", where: { table: "Avveckling", row: 1, columnName: "Ägare" } });
    const none = errorOf(() => exitFromTables(tables({ parties: [[2026, "Borgholm", null, 0], [2026, "Mörbylånga", null, 1]] }), "Mörbylånga"));
    expect(none).toMatchObject({ code: "exitNoRemainingShare", params: { parties: ["Borgholm"], year: 2026 } });
    const type = errorOf(() => exitFromTables(tables({ items: [["Bilar", 10, "Gemensam", "Skuld"]] }), "Mörbylånga"));
    expect(type.code).toBe("windDownBadType");
    for (const value of [-0.1, 1.5, "120 %"]) {
      const error = errorOf(() => exitFromTables(tables({ ledger: [["Licenser", "Gemensam", "Kostnad", 0, 10, 0, value]] }), "Mörbylånga"));
      expect(error).toMatchObject({ code: "remainingShareRange", where: { table: "Underlag", row: 1, columnName: "Kvarstår" } });
      expect(describeMessage(error, "sv")).toContain("Kvarstår");
    }
  });
});

interface Cooperation {
  count: number;
  users: number[];
  leaving: number;
  items: { amount: number; owner: string }[];
  lines: { amount: number; stays: number | null }[];
}

describe("the exit over generated cooperations", () => {
  const parties = ["Borgholm", "Mörbylånga", "Kalmar", "Nybro"];
  const amount = fc.integer({ min: -5_000_000, max: 5_000_000 });
  const cooperation: fc.Arbitrary<Cooperation> = fc.integer({ min: 2, max: 4 }).chain((count) =>
    fc.record({
      count: fc.constant(count),
      users: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: count, maxLength: count }),
      leaving: fc.integer({ min: 1, max: count - 1 }),
      items: fc.array(fc.record({ amount, owner: fc.constantFrom("Gemensam", ...parties.slice(0, count)) }), { maxLength: 8 }),
      lines: fc.array(fc.record({ amount, stays: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { minLength: 1, maxLength: 8 }),
    })
  );

  /** A key published with one decimal can give the remaining parties 0 % together: then nothing can be split by it. */
  const splittable = (c: Cooperation) => key(c.users, 1).some((share, i) => i !== c.leaving && !share.isZero());

  function generated(c: Cooperation, blankStays = false) {
    const shares = key(c.users, 1);
    return {
      shares,
      tables: tables({
        parties: parties.slice(0, c.count).map((party, i) => [2026, party, null, shares[i].toNumber()]),
        items: c.items.map((item, i) => [`Post ${i}`, item.amount, item.owner, null]),
        ledger: c.lines.map((line, i) => [`Rad ${i}`, "Gemensam", "Kostnad", 0, line.amount, 0, blankStays || line.stays === null ? null : line.stays / 100]),
      }),
    };
  }

  it("each item's parts sum exactly to it, a Gemensam part within a krona of its exact share", () => {
    fc.assert(
      fc.property(cooperation.filter(splittable), (c) => {
        const { shares, tables: t } = generated(c);
        const split = exitFromTables(t, parties[c.leaving]);
        split.items.forEach((item, i) => {
          expect(item.parts.reduce((sum, p) => sum + p.amount, 0)).toBe(c.items[i].amount);
          if (item.owner === "Gemensam") item.parts.forEach((p, j) => expect(shares[j].times(item.amount).minus(p.amount).abs().lessThan(1)).toBe(true));
          else item.parts.forEach((p) => expect(p.amount).toBe(p.party === item.owner ? item.amount : 0));
        });
        split.totals.forEach((total, j) => expect(total.amount).toBe(split.items.reduce((sum, item) => sum + item.parts[j].amount, 0)));
      }),
      { numRuns: 2000 }
    );
  });

  it("with Kvarstår blank everywhere the remaining parties carry the whole shared cost after the exit; what stays of a line is split whole", () => {
    fc.assert(
      fc.property(cooperation.filter(splittable), fc.boolean(), (c, blank) => {
        const { shares, tables: t } = generated(c, blank);
        const split = exitFromTables(t, parties[c.leaving]);
        const whole = c.lines.reduce((sum, line) => sum + line.amount, 0);
        if (blank) expect(split.remaining.reduce((sum, r) => sum + r.after, 0)).toBe(whole);
        if (blank && c.count === 2) expect(split.remaining[0].after).toBe(whole);
        const remainingShares = split.remaining.map((r) => shares[parties.indexOf(r.party)]);
        const remainingTotal = Dec.sum(...remainingShares);
        c.lines.forEach((line, l) => {
          const stays = new Dec(line.amount).times(blank || line.stays === null ? 1 : line.stays / 100);
          expect(split.remaining.reduce((sum, r) => sum + r.lines[l].after, 0)).toBe(toNumber(stays.toDecimalPlaces(0, Dec.ROUND_HALF_UP)));
          split.remaining.forEach((r, j) => {
            expect(stays.times(remainingShares[j]).div(remainingTotal).minus(r.lines[l].after).abs().lessThan(1)).toBe(true);
            expect(shares[parties.indexOf(r.party)].times(line.amount).minus(r.lines[l].before).abs().lessThan(1)).toBe(true);
          });
        });
      }),
      { numRuns: 2000 }
    );
  });
});
