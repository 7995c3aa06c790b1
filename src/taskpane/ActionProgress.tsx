import { ProgressBar } from "@fluentui/react-components";
import { useStrings } from "./i18n";
import { Problems } from "./Problem";
import type { ActionState } from "./useAction";

/** What every one-click action shows under its button: a progress bar while it runs, then its error if it failed (every problem it found). */
export function ActionProgress({ action }: { action: Pick<ActionState<unknown>, "running" | "error"> }) {
  const { t } = useStrings();
  return (
    <>
      {action.running && <ProgressBar aria-label={t("working")} />}
      {action.error !== undefined && <Problems error={action.error} title={t("errorTitle")} />}
    </>
  );
}
