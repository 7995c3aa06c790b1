import type { Template } from "./types";

/** Names of custom-function arguments and other inputs, as the user sees them. */
export const argumentNames: Record<string, Template> = {
  users: { sv: "användare", en: "users" },
  decimals: { sv: "decimaler", en: "decimals" },
  amount: { sv: "belopp", en: "amount" },
  key: { sv: "nyckel", en: "key" },
  budget: { sv: "budget", en: "budget" },
  outcome: { sv: "utfall", en: "outcome" },
  annualBudget: { sv: "årsbudget", en: "annual budget" },
  month: { sv: "månad", en: "month" },
  profile: { sv: "profil", en: "profile" },
  amounts: { sv: "belopp", en: "amounts" },
  tags: { sv: "fördelning", en: "allocation" },
  parties: { sv: "parter", en: "parties" },
  annualAmount: { sv: "årsbelopp", en: "annual amount" },
  actual: { sv: "faktisk kostnad", en: "actual cost" },
  invoiced: { sv: "fakturerat", en: "invoiced" },
  rules: { sv: "regler", en: "rules" },
  account: { sv: "konto", en: "account" },
  responsibility: { sv: "ansvar", en: "responsibility" },
  activity: { sv: "verksamhet", en: "activity" },
  project: { sv: "projekt", en: "project" },
  counterparty: { sv: "motpart", en: "counterparty" },
};
