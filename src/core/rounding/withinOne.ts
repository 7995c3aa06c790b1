import type { Dec } from "../decimal";
import { figuresOf } from "./table";
import type { Table } from "./types";

/** Whether every displayed figure is strictly within 1 unit of its exact value. */
export function withinOne(shown: Table<number>, exact: Table<Dec>): boolean {
  const exactFigures = figuresOf(exact);
  return figuresOf(shown).every((value, i) => exactFigures[i].minus(value).abs().lt(1));
}
