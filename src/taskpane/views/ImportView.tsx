import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Divider, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import { describeCodeString, type CodeString } from "../../core/import";
import { Choice } from "../Choice";
import { useHost, type DraftRuleAdded, type ImportPreview, type ImportSource } from "../host";
import { useStrings } from "../i18n";
import { FilePicker } from "../import/FilePicker";
import { LedgerTrace } from "../import/LedgerTrace";
import { ReconciliationCards } from "../import/ReconciliationCards";
import { RecognitionCard } from "../import/RecognitionCard";
import { UnmappedList } from "../import/UnmappedList";
import { ReviewNotices } from "../Notices";
import { Problem } from "../Problem";
import { ViewFrame } from "../ViewFrame";
import { useAction } from "../useAction";

/** Everything the import found: recognition, the problem or unmapped code strings, the reconciliation, warnings. */
function PreviewDetails(props: {
  preview: ImportPreview;
  added: ReadonlyMap<string, DraftRuleAdded>;
  onAddRule: (codes: CodeString) => void;
  busy: boolean;
}) {
  const { preview, added, onAddRule, busy } = props;
  const { t } = useStrings();
  return (
    <>
      <RecognitionCard recognition={preview.recognition} />
      <Text>{t("importMapped", { mapped: preview.mappedCount, excluded: preview.excludedCount })}</Text>
      <ReviewNotices notices={preview.drafts} title={t("importDrafts")} />
      {preview.unmapped.length > 0 && <UnmappedList unmapped={preview.unmapped} added={added} onAddRule={onAddRule} busy={busy} />}
      {preview.problem && preview.unmapped.length === 0 && preview.drafts.length === 0 && <Problem error={preview.problem} title={t("errorTitle")} />}
      <ReconciliationCards reconciliation={preview.reconciliation} />
      <ReviewNotices notices={preview.warnings} />
    </>
  );
}

/**
 * Import: the financial system's export (a file or a table of the workbook) read and mapped by the
 * economist's rules, what has no rule turned into draft rules, the reconciliation, then one click that
 * writes the ledger Underlag; below, the way from a report line to its ledger rows.
 */
export function ImportView() {
  const host = useHost();
  const { t } = useStrings();
  const [tables, setTables] = useState<string[]>([]);
  const [table, setTable] = useState<string | undefined>(undefined);
  const source = useRef<ImportSource | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  // Drafts added since the last read, by code string: the list stays as read until it is read again.
  const [added, setAdded] = useState<ReadonlyMap<string, DraftRuleAdded>>(new Map());
  const [ruleError, setRuleError] = useState<unknown>(undefined);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    // Without the list the file picker still works; a failure here is shown when a table is read.
    host.importTables().then(setTables, () => setTables([]));
  }, [host]);

  const read = useAction(
    useCallback(async () => {
      setAdded(new Map());
      setRuleError(undefined);
      setPreview(undefined);
      const found = await host.previewImport(source.current!);
      setPreview(found);
      return found;
    }, [host])
  );
  const write = useAction(
    useCallback(async () => {
      const written = await host.writeImportedLedger(source.current!);
      setPreview(written.preview);
      return written;
    }, [host])
  );
  const readFrom = (next: ImportSource) => {
    source.current = next;
    void read.run();
  };
  const addRule = async (codes: CodeString) => {
    setAdding(true);
    setRuleError(undefined);
    try {
      const rule = await host.addDraftRule(codes);
      setAdded((before) => new Map(before).set(describeCodeString(codes), rule));
    } catch (error) {
      setRuleError(error);
    } finally {
      setAdding(false);
    }
  };

  const busy = read.running || write.running || adding;
  const written = write.result && write.result.preview === preview ? write.result : undefined;
  return (
    <ViewFrame heading={t("importHeading")} intro={t("importIntro")}>
      <FilePicker onFile={(fileName, bytes) => readFrom({ kind: "file", fileName, bytes })} disabled={busy} />
      {tables.length > 0 && (
        <>
          <Choice label={t("importTable")} value={table} options={tables} text={(name) => name} onChange={setTable} />
          <Button onClick={() => table && readFrom({ kind: "table", table })} disabled={busy || table === undefined}>
            {t("importReadTable")}
          </Button>
        </>
      )}
      {busy && <ProgressBar aria-label={t("working")} />}
      {read.error !== undefined && <Problem error={read.error} title={t("errorTitle")} />}
      {ruleError !== undefined && <Problem error={ruleError} title={t("errorTitle")} />}
      {source.current && (added.size > 0 || read.error !== undefined || preview?.problem) && (
        <Button onClick={() => void read.run()} disabled={busy}>{t("importReadAgain")}</Button>
      )}
      {preview && <PreviewDetails preview={preview} added={added} onAddRule={(codes) => void addRule(codes)} busy={busy} />}
      {preview && (
        <>
          <Button appearance="primary" onClick={() => void write.run()} disabled={busy || preview.problem !== null}>
            {t("importWrite")}
          </Button>
          {preview.problem && <Text>{t("importWriteBlocked")}</Text>}
        </>
      )}
      {write.error !== undefined && <Problem error={write.error} title={t("errorTitle")} />}
      {written && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("importWritten", { sheet: written.sheetName, rows: written.rows })}</MessageBarTitle>
            {written.replaced && <div>{t("importReplaced")}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <LedgerTrace />
    </ViewFrame>
  );
}
