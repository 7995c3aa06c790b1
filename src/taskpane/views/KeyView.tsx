import { useCallback, useEffect, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Choice } from "../Choice";
import type { KeySetup } from "../host";
import { useHost } from "../host";
import { useStrings } from "../i18n";
import { formatShare } from "../../i18n/numbers";
import { draftKey, draftRows, keyRowsOf, type DraftRow } from "../keyDraft";
import { Problem } from "../Problem";
import { ViewFrame } from "../ViewFrame";
import { useAction } from "../useAction";
import { ActionProgress } from "../ActionProgress";

const useStyles = makeStyles({
  party: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  wide: { gridColumn: "1 / span 2" },
  // Fluent's Input has a minimum width that two columns at 320 px cannot hold.
  input: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

function yearsOf(setup: KeySetup): number[] {
  return [...new Set(setup.rows.map((row) => row.year))].sort((a, b) => a - b);
}

/** Nyckel: the parties, their users and the decided key per year, written to Fördelningsnycklar. */
export function KeyView() {
  const host = useHost();
  const { t, language } = useStrings();
  const styles = useStyles();
  const [setup, setSetup] = useState<KeySetup | null | undefined>(undefined);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [rows, setRows] = useState<DraftRow[]>([]);
  const [loadError, setLoadError] = useState<unknown>(undefined);

  const show = useCallback((loaded: KeySetup | null, wanted?: number) => {
    setSetup(loaded);
    const years = loaded ? yearsOf(loaded) : [];
    const chosen = wanted !== undefined && years.includes(wanted) ? wanted : years[years.length - 1];
    setYear(chosen);
    setRows(loaded && chosen !== undefined ? draftRows(loaded.rows, chosen) : []);
  }, []);

  const load = useCallback(
    async (wanted?: number) => {
      try {
        show(await host.readKeySetup(), wanted);
      } catch (error) {
        setLoadError(error);
      }
    },
    [host, show]
  );
  useEffect(() => void load(), [load]);

  const create = useAction(useCallback(async () => {
    await host.createSettingsSheet();
    await load();
  }, [host, load]));

  const decimals = setup?.percentDecimals ?? 1;
  const draft = draftKey(rows, decimals);

  const save = useAction(useCallback(async () => {
    if (year === undefined) return;
    await host.saveKeyYear(year, keyRowsOf(rows, year, draftKey(rows, decimals)), decimals);
    await load(year);
  }, [host, year, rows, decimals, load]));

  if (loadError) return <Problem error={loadError} title={t("errorTitle")} />;
  if (setup === undefined) return <Spinner label={t("working")} />;
  if (setup === null)
    return (
      <ViewFrame heading={t("keyHeading")}>
        <MessageBar intent="info"><MessageBarBody>{t("keyMissing")}</MessageBarBody></MessageBar>
        <Button appearance="primary" onClick={() => void create.run()} disabled={create.running}>{t("keyCreate")}</Button>
        <ActionProgress action={create} />
      </ViewFrame>
    );

  const years = yearsOf(setup);
  const addYear = () => {
    const next = years.length ? years[years.length - 1] + 1 : new Date().getFullYear() + 1;
    setSetup({ ...setup, rows: [...setup.rows, ...rows.map((row) => ({ year: next, party: row.party, users: null, share: null }))] });
    setYear(next);
    setRows(rows.map((row) => ({ party: row.party, users: "", share: "" })));
  };
  const edit = (index: number, field: keyof DraftRow, value: string) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  return (
    <ViewFrame heading={t("keyHeading")} intro={t("keyIntro")}>
      {create.done && <MessageBar intent="success"><MessageBarBody>{t("keyCreated")}</MessageBarBody></MessageBar>}
      <div className={styles.row}>
        <Choice
          label={t("keyYear")}
          value={year}
          options={years}
          text={String}
          onChange={(chosen) => {
            setYear(chosen);
            setRows(draftRows(setup.rows, chosen));
          }}
        />
        <Button onClick={addYear}>{t("keyAddYear")}</Button>
      </div>
      {years.length === 0 && <MessageBar intent="info"><MessageBarBody>{t("keyNoYears")}</MessageBarBody></MessageBar>}
      {year !== undefined && (
        <>
          {rows.map((row, i) => {
            const applied = draft.applied[i];
            const computed = draft.computed?.[i];
            return (
              <div key={i} className={styles.party} role="group" aria-label={row.party || t("keyParty")}>
                <Field label={t("keyParty")} className={styles.wide}>
                  <Input className={styles.input} value={row.party} onChange={(_, data) => edit(i, "party", data.value)} />
                </Field>
                <Field label={t("keyUsers")}>
                  <Input className={styles.input} inputMode="numeric" value={row.users} onChange={(_, data) => edit(i, "users", data.value)} />
                </Field>
                <Field label={t("keyDecided")}>
                  <Input className={styles.input} inputMode="decimal" value={row.share} onChange={(_, data) => edit(i, "share", data.value)} />
                </Field>
                <Text className={styles.wide}>
                  {t("keyComputed")}: {computed ? formatShare(computed.toNumber(), language, decimals) : "–"}
                </Text>
                {applied && (
                  <Field
                    className={styles.wide}
                    label={t("keyShareBar", { party: row.party, share: formatShare(applied.toNumber(), language, decimals) })}
                  >
                    <ProgressBar value={applied.toNumber()} max={1} thickness="large" />
                  </Field>
                )}
                {draft.differs[i] && computed && applied && (
                  <MessageBar intent="warning" className={styles.wide}>
                    <MessageBarBody>
                      {t("keyDiffers", {
                        party: row.party,
                        decided: formatShare(applied.toNumber(), language, decimals),
                        computed: formatShare(computed.toNumber(), language, decimals),
                      })}
                    </MessageBarBody>
                  </MessageBar>
                )}
                <Button className={styles.wide} appearance="subtle" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t("keyRemoveParty", { party: row.party })}
                </Button>
              </div>
            );
          })}
          <Button onClick={() => setRows([...rows, { party: "", users: "", share: "" }])}>{t("keyAddParty")}</Button>
          {draft.error !== undefined && <Problem error={draft.error} severity="warning" />}
          <Button appearance="primary" onClick={() => void save.run()} disabled={save.running || draft.error !== undefined}>
            {t("keySave")}
          </Button>
          <ActionProgress action={save} />
          {save.done && (
            <MessageBar intent="success"><MessageBarBody>{t("keySaved", { year })}</MessageBarBody></MessageBar>
          )}
        </>
      )}
    </ViewFrame>
  );
}
