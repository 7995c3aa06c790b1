import { readKeys, KEYS_TABLE } from "../workbook/keys";
import { defaultSettings, settingsOf } from "../workbook/settings";
import { normalizeName } from "../workbook/names";
import { OitError } from "../errors";
import { LEDGER_TABLE } from "../workbook/ledger";
import { findOptionalTable, findTable } from "../workbook/tables";
import type { KeyEntry, Settings, TableData } from "../workbook/types";
import type { CalendarDate } from "../workbook/dates";
import { checkAccount } from "./checkAccount";
import { checkKeys } from "./checkKeys";
import { checkLedger } from "./checkLedger";
import { checkHistory, checkPlan } from "./checkPlan";
import { attempt } from "./findingOf";
import { ledgerCandidates } from "./ledgerCandidates";
import type { Finding } from "./types";

/**
 * The parties of the settings' year; without usable settings, every party the key table names, each once by the
 * name rule (years may spell a party differently).
 */
function partiesOf(entries: readonly KeyEntry[], settings: Settings | null): string[] {
  const ofYear = settings ? entries.filter((entry) => entry.year === settings.year) : [];
  const byName = new Map((ofYear.length ? ofYear : entries).map((entry) => [normalizeName(entry.party), entry.party]));
  return [...byName.values()];
}

/**
 * Every table shaped like a ledger, and Underlag even when it is not (checkLedger then names the
 * missing column). No ledger at all is a finding of its own: "no problems" would say the opposite.
 */
function ledgersToCheck(tables: readonly TableData[], findings: Finding[]): TableData[] {
  const candidates = ledgerCandidates(tables);
  const named = findOptionalTable(tables, LEDGER_TABLE);
  const ledgers = named && !candidates.includes(named) ? [named, ...candidates] : candidates;
  if (ledgers.length === 0) {
    const found = tables.map((table) => table.name).join(", ") || "–";
    findings.push({ severity: "error", problem: new OitError("noLedger", { found }, { table: LEDGER_TABLE }) });
  }
  return ledgers;
}

/**
 * All checks of the Kontroll view over the workbook's tables: the key of every year, each ledger (the named
 * one, else every table shaped like one), the budget and plan's financing, the locked forecasts, and given
 * `today` (a host knows the date, the engine does not) the members' account. Pure, so the CLI can run it too.
 */
export function checkWorkbook(tables: readonly TableData[], ledgerTable?: string, today?: CalendarDate): Finding[] {
  const findings: Finding[] = [];
  const keyTable = attempt(findings, () => findTable(tables, KEYS_TABLE), null);
  const entries = keyTable ? attempt(findings, () => readKeys(keyTable), []) : [];
  const settings = attempt(findings, () => settingsOf(tables), null);
  findings.push(...checkKeys(entries, settings?.keyDecimals ?? defaultSettings.keyDecimals));
  const ledgers = ledgerTable ? [attempt(findings, () => findTable(tables, ledgerTable), null)] : ledgersToCheck(tables, findings);
  const parties = partiesOf(entries, settings);
  for (const ledger of ledgers) if (ledger) findings.push(...checkLedger(ledger, parties));
  findings.push(...checkPlan(tables), ...checkHistory(tables, parties));
  if (today) findings.push(...checkAccount(tables, today, ledgerTable));
  return findings;
}
