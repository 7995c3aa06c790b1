import { Dec, toNumber } from "../decimal";
import { invoicePlan } from "../invoicing/invoicePlan";
import { reportLines } from "../report/lines";
import { summedLedger } from "../workbook/lineSums";
import type { SentInvoice } from "../workbook/invoiced";
import type { Ledger, Profile, Settings } from "../workbook/types";
import { unitFactor } from "../workbook/unitFactor";
import { accountBasis } from "./basis";
import { financingAgainstKey } from "./financing";
import { sumOf } from "./kronor";
import { reinvoicing } from "./reinvoicing";
import { proposedTrueUps } from "./trueUp";
import type { MemberAccount, MembersAccount } from "./types";

export interface AccountInput {
  /** The host spelt as the key spells it. */
  settings: Settings;
  parties: readonly string[];
  shares: readonly Dec[];
  ledger: Ledger;
  profiles: readonly Profile[];
  /** Fakturerat: the invoices actually sent this year. */
  invoices: readonly SentInvoice[];
}

/** Everything invoiced to the party this year; without Förskott rows its four computed advances stand in for them. */
function invoicedTo(sent: readonly SentInvoice[], annualAdvances: number): Dec {
  const total = sumOf(sent.map((invoice) => invoice.amount));
  return sent.some((invoice) => invoice.purpose === "advance") ? total : total.plus(annualAdvances);
}

/**
 * Each member's account for the year (domain.md sections 6 and 12, workbook.md "Money between the members"):
 * the advances and the actual cost are the invoice plan's (one financing rule, one cost split, to the krona on
 * the exact amounts), the rest comes from the invoices sent. Per member invoiced + settlement = actualCost,
 * exactly, by construction.
 */
export function membersAccount(input: AccountInput): MembersAccount {
  const { settings, parties, shares } = input;
  const toKronor = unitFactor(settings.inputUnit, "kr");
  const basis = accountBasis(settings.throughMonth);
  const plan = invoicePlan({ year: settings.year, host: settings.host, parties: [...parties], shares: [...shares], ledger: input.ledger.rows, toKronor, basis });
  const lines = reportLines(summedLedger(input.ledger), { ...settings, reportUnit: "kr" }, input.profiles);
  const sentTo = parties.map((party) => input.invoices.filter((invoice) => invoice.party === party));
  const trueUpsOf = sentTo.map((sent) => sent.filter((invoice) => invoice.purpose === "trueUp").map((invoice) => invoice.amount));
  const proposed = proposedTrueUps({ throughMonth: settings.throughMonth, threshold: settings.trueUpThreshold, shares, lines, trueUpsSent: trueUpsOf.map(sumOf) });
  const financing = financingAgainstKey({ host: settings.host, parties, ledger: input.ledger.rows, toKronor, annualAdvances: plan.parties.map((p) => p.annual) });
  const members = plan.parties.map((planned, i): MemberAccount => {
    const actualCost = new Dec(planned.actual as number);
    const invoiced = invoicedTo(sentTo[i], planned.annual);
    return {
      party: planned.party,
      share: toNumber(shares[i]),
      advances: planned.quarters,
      reinvoicing: reinvoicing(lines, planned.party, settings.host, input.invoices),
      trueUps: trueUpsOf[i].map(toNumber),
      ...(proposed[i] && { proposedTrueUp: toNumber(proposed[i] as Dec) }),
      actualCost: toNumber(actualCost),
      invoiced: toNumber(invoiced),
      settlement: toNumber(actualCost.minus(invoiced)),
      financing: financing[i],
    };
  });
  return {
    year: settings.year,
    throughMonth: settings.throughMonth,
    basis,
    host: settings.host,
    ...(settings.trueUpThreshold && { trueUpThreshold: toNumber(settings.trueUpThreshold) }),
    members,
  };
}
