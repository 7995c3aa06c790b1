import { useId, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  file: { wordBreak: "break-word" },
});

/** The file's bytes as the browser reads them (FileReader: every browser Office runs the pane in). */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The pane's file picker: a Fluent button that opens the browser's file dialog (the input itself is
 * hidden, so the keyboard meets one control). The file never leaves the pane: its bytes go to the engine.
 */
export function FilePicker({ onFile, disabled }: { onFile: (fileName: string, bytes: Uint8Array) => void; disabled?: boolean }) {
  const { t } = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const label = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setChosen(file.name);
    setError(undefined);
    try {
      onFile(file.name, await bytesOf(file));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
    // The same file chosen again (after the rules were completed) is read again.
    if (input.current) input.current.value = "";
  };

  return (
    <div className={styles.picker}>
      <Text id={label} weight="semibold">{t("importFile")}</Text>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.se,.si,.sie"
        hidden
        aria-labelledby={label}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <Button aria-describedby={label} onClick={() => input.current?.click()} disabled={disabled}>
        {t("importChooseFile")}
      </Button>
      {chosen && <Text className={styles.file}>{t("importChosenFile", { file: chosen })}</Text>}
      {error && <Text role="alert">{error}</Text>}
    </div>
  );
}
