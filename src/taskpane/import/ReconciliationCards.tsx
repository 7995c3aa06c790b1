import { Card, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { formatKronor } from "../../i18n/numbers";
import type { ImportPreview } from "../host";
import { useStrings } from "../i18n";
import { FigureTable } from "./FigureTable";
import { meaningWords } from "./words";

const useStyles = makeStyles({
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** Per amount column: the export's total, what the ledger holds, what was left out (and, until every rule is there, what has none). */
export function ReconciliationCards({ reconciliation }: { reconciliation: ImportPreview["reconciliation"] }) {
  const { t, language } = useStrings();
  const styles = useStyles();
  const open = reconciliation.some((entry) => entry.unmapped !== 0);
  return (
    <div className={styles.cards}>
      <Subtitle2 as="h3" className={styles.heading}>{t("importReconciliation")}</Subtitle2>
      {reconciliation.map((entry) => {
        const column = t(meaningWords[entry.column]);
        const rows: [string, string][] = [
          [t("reconExport"), formatKronor(entry.export, language)],
          [t("reconMapped"), formatKronor(entry.mapped, language)],
          [t("reconExcluded"), formatKronor(entry.excluded, language)],
        ];
        if (entry.unmapped !== 0) rows.push([t("reconUnmapped"), formatKronor(entry.unmapped, language)]);
        return (
          <Card key={entry.column}>
            <Subtitle2 as="h4" className={styles.heading}>{column}</Subtitle2>
            <FigureTable label={t("importReconciliationOf", { column })} rows={rows} figures />
          </Card>
        );
      })}
      <MessageBar intent={open ? "warning" : "success"} layout="multiline">
        <MessageBarBody>{t(open ? "importReconcilesNot" : "importReconciles")}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
