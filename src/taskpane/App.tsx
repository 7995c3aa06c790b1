import { useState } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../core/messages";
import type { StringId } from "../i18n/strings";
import { HostProvider, type PaneHost } from "./host";
import { LanguageProvider, useStrings } from "./i18n";
import { ChecksView } from "./views/ChecksView";
import { FunctionsView } from "./views/FunctionsView";
import { InvoicesView } from "./views/InvoicesView";
import { KeyView } from "./views/KeyView";
import { ReportView } from "./views/ReportView";

const useStyles = makeStyles({
  pane: { minWidth: "300px", maxWidth: "100%", boxSizing: "border-box", padding: tokens.spacingHorizontalM },
  tabs: { flexWrap: "wrap", marginBottom: tokens.spacingVerticalM },
});

const views: { id: string; label: StringId; View: () => JSX.Element }[] = [
  { id: "key", label: "tabKey", View: KeyView },
  { id: "report", label: "tabReport", View: ReportView },
  { id: "invoices", label: "tabInvoices", View: InvoicesView },
  { id: "checks", label: "tabChecks", View: ChecksView },
  { id: "functions", label: "tabFunctions", View: FunctionsView },
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
        {views.map((view) => <Tab key={view.id} value={view.id}>{t(view.label)}</Tab>)}
      </TabList>
      <section role="tabpanel" aria-label={t(label)}>
        <View />
      </section>
    </main>
  );
}

/** The task pane: five views in Fluent's look, in the user's language, over whatever host it is given. */
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
