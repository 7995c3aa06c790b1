import type { Rounding, Unit } from "../workbook/types";

/** What the report view offers, with the workbook's settings preselected when they can be read. */
export interface ReportChoices {
  /** Tables whose headers make them a ledger (underlag). */
  ledgerTables: string[];
  year?: number;
  month?: number;
  unit?: Unit;
  rounding?: Rounding;
  /** The locked forecasts of Prognoshistorik, in the order they were appended: the report compares with the last unless another is chosen. */
  versions?: string[];
}
