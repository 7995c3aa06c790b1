/** A member leaving the cooperation (domain.md, the exit): what the hosts call to split, lay out and print it. */
export { exitFromTables, exitTables } from "./fromTables";
export { exitLayout } from "./layout";
export type { ExitSplit } from "./types";
export { exitJson } from "./json";
