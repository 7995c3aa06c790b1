import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/checks";
import { useStrings } from "../i18n";
import { Problem } from "../Problem";
import { ViewFrame } from "../ViewFrame";
import { useHostCall } from "../useAction";
import type { StringId } from "../../i18n/strings";
import { ActionProgress } from "../ActionProgress";

const useStyles = makeStyles({
  findings: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const severityText: Record<Severity, StringId> = { error: "severityError", warning: "severityWarning", info: "severityInfo" };
const severityColor = { error: "danger", warning: "warning", info: "informative" } as const;

/** Kontroll: every check on the workbook, with its severity and the way to its cell. */
export function ChecksView() {
  const { t } = useStrings();
  const styles = useStyles();
  const checks = useHostCall("runChecks");
  const findings = checks.result;
  return (
    <ViewFrame heading={t("checksHeading")}>
      <Button appearance="primary" onClick={() => void checks.run()} disabled={checks.running}>{t("checksRun")}</Button>
      <ActionProgress action={checks} />
      {findings && findings.length === 0 && (
        <MessageBar intent="success"><MessageBarBody>{t("checksNone")}</MessageBarBody></MessageBar>
      )}
      {findings && findings.length > 0 && <Text role="status">{t("checksCount", { count: findings.length })}</Text>}
      {findings && findings.length > 0 && (
        <ul aria-label={t("checksHeading")} className={styles.findings}>
          {findings.map((finding, i) => (
            <li key={i} data-severity={finding.severity}>
              <Problem
                error={finding.problem}
                severity={finding.severity}
                title={<Badge appearance="tint" color={severityColor[finding.severity]}>{t(severityText[finding.severity])}</Badge>}
              />
            </li>
          ))}
        </ul>
      )}
    </ViewFrame>
  );
}
