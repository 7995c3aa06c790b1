import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableRow, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Figures right-aligned in equal-width digits, so kronor line up under each other.
  figure: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  text: { wordBreak: "break-word" },
});

/** A small two-column table, label and value per row, that fits the narrowest pane. */
export function FigureTable({ label, rows, figures = false }: { label: string; rows: [string, ReactNode][]; figures?: boolean }) {
  const styles = useStyles();
  return (
    <Table size="small" aria-label={label}>
      <TableBody>
        {rows.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell>{name}</TableCell>
            <TableCell className={figures ? styles.figure : styles.text}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
