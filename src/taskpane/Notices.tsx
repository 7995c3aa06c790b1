import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../core/errors";
import { describe } from "../core/messages";
import { useStrings } from "./i18n";

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
