import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { Notices } from "../Notices";
import { useHostCall } from "../useAction";
import { ActionProgress } from "../ActionProgress";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
});

/** "Skicka en kopia": a copy of the workbook that opens without the add-in (workbook.md "Sending a workbook"). */
export function SendCopy() {
  const { t } = useStrings();
  const styles = useStyles();
  const send = useHostCall("sendCopy");
  return (
    <section className={styles.section} aria-labelledby="send-copy-heading">
      <Subtitle2 as="h3" id="send-copy-heading">{t("sendCopyHeading")}</Subtitle2>
      <Text>{t("sendCopyIntro")}</Text>
      <Button onClick={() => void send.run()} disabled={send.running}>{t("sendCopyRun")}</Button>
      <ActionProgress action={send} />
      {send.result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {send.result.frozen > 0 ? t("sendCopyDone", { count: send.result.frozen }) : t("sendCopyNothing")}
          </MessageBarBody>
        </MessageBar>
      )}
      {send.result && <Notices notices={send.result.warnings} />}
    </section>
  );
}
