import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Figures right-aligned in equal-width digits, so kronor line up under each other.
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface AmountLine {
  label: string;
  amount: ReactNode;
  strong?: boolean;
}

/** Label | amount rows of a party's figures, as the money views show them. */
export function AmountTable({ label, lines }: { label: string; lines: readonly AmountLine[] }) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label={label}>
      <TableBody>
        {lines.map((line, i) => (
          <TableRow key={i} className={line.strong ? styles.strong : undefined}>
            <TableCell>{line.label}</TableCell>
            <TableCell className={styles.amount}>{line.amount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
