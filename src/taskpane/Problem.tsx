import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { describe, type Language } from "../core/messages";
import { isOitError } from "../core/errors";
import { problemsOf, shownProblems } from "../core/problems";
import type { Severity } from "../core/checks";
import { useHost } from "./host";
import { useStrings } from "./i18n";

/** The sentence for anything thrown: an engine error in the user's language, else the host's own text. */
function sentenceOf(error: unknown, language: Language): string {
  return isOitError(error) ? describe(error, language) : error instanceof Error ? error.message : String(error);
}

/**
 * An error or finding as a Fluent MessageBar, with a button to the offending cell when its address is known.
 * The title line may hold more than words (a finding's severity badge), so the finding reads as one unit.
 */
export function Problem({ error, severity = "error", title }: { error: unknown; severity?: Severity; title?: ReactNode }) {
  const { t, language } = useStrings();
  const host = useHost();
  const address = isOitError(error) ? error.where?.address : undefined;
  return (
    <MessageBar intent={severity} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {sentenceOf(error, language)}
      </MessageBarBody>
      {address && (
        <MessageBarActions>
          <Button size="small" onClick={() => void host.selectCell(address)} aria-label={`${t("goToCell")} ${address}`}>
            {t("goToCell")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

const useStyles = makeStyles({
  problems: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * What a failed action found: one problem as one message, or every problem it found at once (a ledger's bad rows,
 * carried by the error, so nothing is read again) as a list, each with its place and its way to the cell, the list
 * cut after the first few with how many more there are.
 */
export function Problems({ error, title }: { error: unknown; title?: ReactNode }) {
  const { t } = useStrings();
  const styles = useStyles();
  const problems = problemsOf(error);
  if (problems.length <= 1) return <Problem error={error} title={title} />;
  const { shown, more } = shownProblems(problems);
  return (
    <section aria-label={t("problemsFound", { count: problems.length })}>
      <Text role="status" weight="semibold">{t("problemsFound", { count: problems.length })}</Text>
      <ul className={styles.problems}>
        {shown.map((problem, i) => (
          <li key={i}>
            <Problem error={problem} />
          </li>
        ))}
      </ul>
      {more > 0 && <Text>{t("problemsMore", { count: more })}</Text>}
    </section>
  );
}
