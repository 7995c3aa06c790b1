import { figureColumns, isDifference, type Column, type ColumnId } from "./columns";

/**
 * Columns rounded together: a difference with its minuend and subtrahend, or a column in no difference (rounded
 * as itself minus nothing, which the same network rounds). Groups share no figure, so each is rounded on its
 * own (domain.md section 7), and a declaration of any number of them rounds through one code.
 */
export interface ColumnGroup {
  minuend: ColumnId;
  subtrahend?: ColumnId;
  difference?: ColumnId;
}

/**
 * A difference can be rounded additively together with its two columns only when both are figures and belong
 * to no other difference (one network per group: Cox 1987's two-way tables). A declaration outside that is a
 * mistake in the code that declares it, said at once.
 */
export function checkDeclaration(columns: readonly Column[]): void {
  const ids = columns.map((column) => column.id);
  const figures = new Set(figureColumns(columns).map((column) => column.id));
  const used = new Set<ColumnId>();
  if (new Set(ids).size < ids.length) throw new Error(`columns declared twice: ${ids.join(", ")}`);
  for (const column of columns) {
    if (!isDifference(column.rule)) continue;
    const [minuend, subtrahend] = column.rule.difference;
    for (const operand of [minuend, subtrahend]) {
      if (!figures.has(operand) || used.has(operand) || minuend === subtrahend) {
        throw new Error(`column ${column.id}: ${operand} must be a declared figure in no other difference`);
      }
      used.add(operand);
    }
  }
}

/** The groups of a declaration checkDeclaration accepts: each difference with its two columns, then every figure in no difference on its own. */
export function columnGroups(columns: readonly Column[]): ColumnGroup[] {
  const differences = columns.flatMap((column) => (isDifference(column.rule) ? [{ minuend: column.rule.difference[0], subtrahend: column.rule.difference[1], difference: column.id }] : []));
  const inDifference = new Set(differences.flatMap((group) => [group.minuend, group.subtrahend]));
  const alone = figureColumns(columns).filter((column) => !inDifference.has(column.id)).map((column) => ({ minuend: column.id }));
  return [...differences, ...alone];
}
