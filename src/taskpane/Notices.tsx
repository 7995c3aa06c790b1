import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Notice } from "../core/errors";
import { describe } from "../core/messages";
import { useStrings } from "./i18n";

/** Warnings to review (a report's, an import's) under one title ("Att se över" unless told), one sentence each; nothing when there are none. */
export function ReviewNotices({ notices, title }: { notices: readonly Notice[]; title?: string }) {
  const { t, language } = useStrings();
  if (notices.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t("reportWarnings")}</MessageBarTitle>
        {notices.map((notice, i) => <div key={i}>{describe(notice, language)}</div>)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Warnings that did not stop the work (a print setting or chart Excel refused), in the user's language. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  const { language } = useStrings();
  return (
    <>
      {notices.map((notice, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{describe(notice, language)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
