import { useCallback, useEffect, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionDoc } from "../functionDocs";
import { useHost } from "../host";
import { useStrings } from "../i18n";
import { Problem } from "../Problem";
import { ViewFrame } from "../ViewFrame";
import { useAction } from "../useAction";
import { SendCopy } from "./SendCopy";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  code: { overflowWrap: "anywhere" },
});

function FunctionEntry({ doc }: { doc: FunctionDoc }) {
  const host = useHost();
  const { t, language } = useStrings();
  const styles = useStyles();
  const insert = useAction(useCallback(() => host.insertFormula(doc.example ?? "", language), [host, doc.example, language]));
  return (
    <AccordionItem value={doc.id}>
      <AccordionHeader>{doc.name}</AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Text>{doc.description}</Text>
        <ul>
          {doc.parameters.map((p) => (
            <li key={p.name}><Text weight="semibold">{p.name}</Text>: {p.description}</li>
          ))}
        </ul>
        {doc.example && (
          <>
            <Text>{t("functionsExample")}: <Text font="monospace" className={styles.code}>{doc.example}</Text></Text>
            <Button onClick={() => void insert.run()} disabled={insert.running} aria-label={`${t("functionsInsert")} ${doc.example}`}>
              {t("functionsInsert")}
            </Button>
          </>
        )}
        {insert.error !== undefined && <Problem error={insert.error} title={t("errorTitle")} />}
        {insert.done && (
          <MessageBar intent="success"><MessageBarBody>{t("functionsInserted")}</MessageBarBody></MessageBar>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/**
 * Funktioner: the custom functions in the user's language, each example insertable into the active
 * cell; and the copy to send to someone without them.
 */
export function FunctionsView() {
  const host = useHost();
  const { t, language } = useStrings();
  const [docs, setDocs] = useState<FunctionDoc[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    host.functionDocs(language).then(setDocs, setError);
  }, [host, language]);
  return (
    <ViewFrame heading={t("functionsHeading")} intro={t("functionsIntro")}>
      {!host.canRunFunctions() && (
        <MessageBar intent="warning"><MessageBarBody>{t("functionsUnavailable")}</MessageBarBody></MessageBar>
      )}
      {error !== undefined && <Problem error={error} title={t("errorTitle")} />}
      {!docs && error === undefined && <Spinner label={t("working")} />}
      {docs && (
        <Accordion collapsible multiple>
          {docs.map((doc) => <FunctionEntry key={doc.id} doc={doc} />)}
        </Accordion>
      )}
      <SendCopy />
    </ViewFrame>
  );
}
