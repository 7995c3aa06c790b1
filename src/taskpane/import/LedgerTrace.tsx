import { useCallback, useRef } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useHost } from "../host";
import { useStrings } from "../i18n";
import { Problem } from "../Problem";
import { useAction } from "../useAction";

const useStyles = makeStyles({
  trace: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** From a line of the report to the ledger rows behind it: Underlag filtered to them, or shown whole again. */
export function LedgerTrace() {
  const host = useHost();
  const { t } = useStrings();
  const styles = useStyles();
  // One action, two requests: a click clears what the last one said, whichever it was.
  const request = useRef<"rows" | "all">("rows");
  const trace = useAction(
    useCallback(async () => (request.current === "rows" ? host.showLedgerRowsOfSelection() : host.showAllLedgerRows().then(() => null)), [host])
  );
  const run = (kind: "rows" | "all") => {
    request.current = kind;
    void trace.run();
  };
  return (
    <section className={styles.trace} aria-label={t("importTraceHeading")}>
      <Subtitle2 as="h3" className={styles.heading}>{t("importTraceHeading")}</Subtitle2>
      <Text>{t("importTraceIntro")}</Text>
      <Button onClick={() => run("rows")} disabled={trace.running}>{t("importTraceShow")}</Button>
      <Button onClick={() => run("all")} disabled={trace.running}>{t("importTraceAll")}</Button>
      {trace.error !== undefined && <Problem error={trace.error} />}
      {trace.done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {trace.result
              ? t("importTraceShown", { rows: trace.result.rows, line: trace.result.line, allocation: trace.result.allocation })
              : t("importTraceAllShown")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
