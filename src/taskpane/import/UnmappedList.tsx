import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AMOUNT_COLUMNS, describeCodeString, type CodeString } from "../../core/import";
import { formatKronor } from "../../i18n/numbers";
import type { DraftRuleAdded, UnmappedCodeString } from "../host";
import { useStrings } from "../i18n";
import { meaningWords } from "./words";

/** Enough to act on one by one; a longer list says how many more there are (the engine lists them all). */
const SHOWN = 50;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    wordBreak: "break-word",
  },
});

/** The figures of an unmapped code string, as many columns as the export has: "Utfall −1 234,50". */
function AmountsLine({ amounts }: { amounts: UnmappedCodeString["amounts"] }) {
  const { t, language } = useStrings();
  const parts = AMOUNT_COLUMNS.flatMap((column) => {
    const amount = amounts[column];
    return amount === undefined ? [] : [`${t(meaningWords[column])} ${formatKronor(amount, language)}`];
  });
  return <Caption1>{parts.join(" · ")}</Caption1>;
}

/** Where the draft rule of a code string went, for the economist to complete it there. */
function AddedRule({ added }: { added: DraftRuleAdded }) {
  const { t } = useStrings();
  return <Text>{added.created ? t("importRuleCreated", { sheet: added.sheet }) : t("importRuleAdded", { row: added.row, sheet: added.sheet })}</Text>;
}

/**
 * Every code string no rule takes, each with a button that adds a draft rule for it to Mappning. A
 * code string whose draft was added says where, so that all of them can be added before reading again.
 */
export function UnmappedList(props: {
  unmapped: readonly UnmappedCodeString[];
  added: ReadonlyMap<string, DraftRuleAdded>;
  onAddRule: (codes: CodeString) => void;
  busy: boolean;
}) {
  const { unmapped, added, onAddRule, busy } = props;
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("importUnmappedTitle", { count: unmapped.length })}</MessageBarTitle>
        <Text block>{t("importUnmappedIntro")}</Text>
        <ul className={styles.list} aria-label={t("importUnmappedList")}>
          {unmapped.slice(0, SHOWN).map((row) => {
            const codes = describeCodeString(row.codes);
            const rule = added.get(codes);
            return (
              <li key={codes} className={styles.item}>
                <Text weight="semibold">{codes}</Text>
                {row.accountText && <Text>{row.accountText}</Text>}
                <AmountsLine amounts={row.amounts} />
                {rule ? (
                  <AddedRule added={rule} />
                ) : (
                  <Button size="small" onClick={() => onAddRule(row.codes)} disabled={busy} aria-label={t("importAddRuleFor", { codes })}>
                    {t("importAddRule")}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
        {unmapped.length > SHOWN && <Text block>{t("importUnmappedMore", { count: unmapped.length - SHOWN })}</Text>}
      </MessageBarBody>
    </MessageBar>
  );
}
