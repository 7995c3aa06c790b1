import { useState } from "react";
import { FluentProvider, Tab, TabList, Tooltip, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { MathFormulaRegular } from "@fluentui/react-icons";
import type { Language } from "../core/messages";
import type { StringId } from "../i18n/strings";
import { HostProvider, type PaneHost } from "./host";
import { LanguageProvider, useStrings } from "./i18n";
import { ChecksView } from "./views/ChecksView";
import { FunctionsView } from "./views/FunctionsView";
import { ImportView } from "./views/ImportView";
import { InvoicesView } from "./views/InvoicesView";
import { KeyView } from "./views/KeyView";
import { ReportView } from "./views/ReportView";

/**
 * The five tabs fit one row of the narrowest pane Excel gives (320 px) in both languages: compact
 * tabs in the small type, spread over the row, instead of Fluent's roomy ones wrapping to a second.
 */
const useStyles = makeStyles({
  pane: {
    minWidth: "300px",
    maxWidth: "100%",
    boxSizing: "border-box",
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  tabs: { flexWrap: "nowrap", justifyContent: "space-between", columnGap: 0, marginBottom: tokens.spacingVerticalM },
  tab: {
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    // The content and its hidden bold copy (which reserves the selected tab's width) alike.
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": {
      paddingLeft: 0,
      paddingRight: 0,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
  },
});

/**
 * Six views do not fit one row of words at 320 px, and a second row of tabs reads as another list: the
 * functions' view is Excel's own "fx" symbol, named by its tooltip (which is also its accessible name).
 */
const views: { id: string; label: StringId; View: () => JSX.Element; icon?: JSX.Element }[] = [
  { id: "key", label: "tabKey", View: KeyView },
  { id: "import", label: "tabImport", View: ImportView },
  { id: "report", label: "tabReport", View: ReportView },
  { id: "invoices", label: "tabInvoices", View: InvoicesView },
  { id: "checks", label: "tabChecks", View: ChecksView },
  { id: "functions", label: "tabFunctions", View: FunctionsView, icon: <MathFormulaRegular /> },
];

function Views() {
  const { t, language } = useStrings();
  const styles = useStyles();
  const [selected, setSelected] = useState(views[0].id);
  const { label, View } = views.find((view) => view.id === selected) ?? views[0];
  return (
    <main className={styles.pane} lang={language}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t("tabsLabel")}
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(String(data.value))}
      >
        {views.map((view) =>
          view.icon ? (
            <Tooltip key={view.id} content={t(view.label)} relationship="label">
              <Tab value={view.id} className={styles.tab} icon={view.icon} />
            </Tooltip>
          ) : (
            <Tab key={view.id} value={view.id} className={styles.tab}>{t(view.label)}</Tab>
          )
        )}
      </TabList>
      <section role="tabpanel" aria-label={t(label)}>
        <View />
      </section>
    </main>
  );
}

/** The task pane: six views in Fluent's look, in the user's language, over whatever host it is given. */
export function App({ host, language }: { host: PaneHost; language: Language }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>
        <HostProvider value={host}>
          <Views />
        </HostProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}
