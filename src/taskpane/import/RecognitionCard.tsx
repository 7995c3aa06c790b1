import type { ReactNode } from "react";
import { Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Recognition } from "../../core/import";
import { useStrings } from "../i18n";
import { FigureTable } from "./FigureTable";
import { delimiterWords, encodingWords, formatWords, meaningWords } from "./words";

const useStyles = makeStyles({
  heading: { margin: 0 },
  columns: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, wordBreak: "break-word" },
});

/** What the reader recognised: the format and how it was read, the year, the rows, and which column was taken for what. */
export function RecognitionCard({ recognition }: { recognition: Recognition }) {
  const { t } = useStrings();
  const styles = useStyles();
  const r = recognition;
  const rows: [string, ReactNode][] = [[t("importFormat"), `${t(formatWords[r.format])} (${r.source})`]];
  if (r.encoding) rows.push([t("importEncoding"), t(encodingWords[r.encoding])]);
  if (r.delimiter) rows.push([t("importDelimiter"), t(delimiterWords[r.delimiter])]);
  if (r.decimalSeparator) rows.push([t("importDecimalSeparator"), t(r.decimalSeparator === "," ? "decimalComma" : "decimalPoint")]);
  if (r.headerLine !== undefined) rows.push([t("importHeaderLine"), t("importHeaderLineValue", { line: r.headerLine })]);
  if (r.titleLines?.length) rows.push([t("importTitleLines"), String(r.titleLines.length)]);
  if (r.year !== undefined) rows.push([t("importYear"), String(r.year)]);
  if (r.throughMonth !== undefined) rows.push([t("importThroughMonth"), String(r.throughMonth)]);
  if (r.outcomeFrom) rows.push([t("importOutcomeFrom"), t(r.outcomeFrom === "psaldo" ? "outcomePsaldo" : "outcomeTrans")]);
  rows.push([t(r.format === "sie4" ? "importRecordsSie" : "importRecords"), String(r.records)]);
  return (
    <Card>
      <Subtitle2 as="h3" className={styles.heading}>{t("importRecognised")}</Subtitle2>
      <FigureTable label={t("importRecognised")} rows={rows} />
      <Text weight="semibold">{t("importColumns")}</Text>
      <ul className={styles.columns} aria-label={t("importColumns")}>
        {r.columns.map((column) => (
          <li key={`${column.meaning}-${column.header}`}>
            {t("importColumnMeaning", { header: column.header, meaning: t(meaningWords[column.meaning]) })}
            {column.dimension !== undefined && ` (${t("importDimension", { dimension: column.dimension })})`}
          </li>
        ))}
      </ul>
    </Card>
  );
}
