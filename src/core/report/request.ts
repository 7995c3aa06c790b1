import type { Settings } from "../workbook/types";

/**
 * What a report is asked for, by the CLI's flags, the pane's choices or a caller of reportFromTables: the
 * settings it overrides go by the settings' own names (what it leaves out, Inställningar says), then what only
 * a report asks.
 */
export interface ReportRequest extends Partial<Pick<Settings, "year" | "throughMonth" | "reportUnit" | "rounding">> {
  /** The ledger table's name, when it is not "Underlag". */
  ledgerTable?: string;
  /** Show every line in the committee's table, not only the three sum rows. */
  committeeLines?: boolean;
  /** The locked forecast (Prognoshistorik's Version) to compare with; default the latest. */
  compare?: string;
}
