export type { ExactPart, RoundedReport, RoundedTable } from "./types";
export { roundControlled } from "./controlled";
export { roundPerCell } from "./perCell";
