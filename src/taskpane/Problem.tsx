import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describe, type Language } from "../core/messages";
import { isOitError } from "../core/errors";
import type { Severity } from "../core/checks/types";
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
