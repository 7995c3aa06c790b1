import { accountFromTables } from "../account/fromTables";
import { isOverdue, reinvoicingDue } from "../account/reinvoicingDue";
import { OitError, isOitError } from "../errors";
import { MONTHS } from "../workbook/months";
import { isoDate, type CalendarDate } from "../workbook/dates";
import { INVOICED_TABLE } from "../workbook/invoiced";
import { sameName } from "../workbook/names";
import type { TableData } from "../workbook/types";
import type { Finding } from "./types";

/**
 * The Kontroll view's checks of the money between the members: re-invoicing still open (late once its due date
 * has passed `today`), the host's financing lines off the key, and a Fakturerat table that cannot be read. An
 * account that cannot be made for another reason is left to the other checks, which name that reason.
 */
export function checkAccount(tables: readonly TableData[], today: CalendarDate, ledgerTable?: string): Finding[] {
  let account;
  try {
    account = accountFromTables(tables, {}, ledgerTable);
  } catch (error) {
    if (isOitError(error) && error.where?.table !== undefined && sameName(error.where.table, INVOICED_TABLE)) return [{ severity: "error", problem: error }];
    if (isOitError(error)) return [];
    throw error;
  }
  const due = reinvoicingDue(account.year, account.throughMonth);
  const month = `${MONTHS[account.throughMonth - 1]} ${account.year}`;
  const findings: Finding[] = [];
  for (const member of account.members) {
    if (member.reinvoicing.open > 0) {
      const late = isOverdue(due, today);
      const params = { party: member.party, open: member.reinvoicing.open, month, due: isoDate(due) };
      findings.push({ severity: late ? "warning" : "info", problem: new OitError(late ? "reinvoicingOverdue" : "reinvoicingOpen", params, { table: INVOICED_TABLE }) });
    }
    if (member.financing && member.financing.difference !== 0) {
      const { budget, advances, difference } = member.financing;
      findings.push({ severity: "warning", problem: new OitError("financingDiffers", { party: member.party, financing: budget, advances, difference }) });
    }
  }
  return findings;
}
