// The task pane's entry: waits for Office, picks the language, renders the app over Excel.
import { createRoot } from "react-dom/client";
import { officeReady } from "../excel/navigation";
import { officeDisplayLanguage, paneLanguage } from "../i18n/language";
import { App } from "./App";
import { excelHost } from "./excelHost";

void officeReady().then(() => {
  const language = paneLanguage(officeDisplayLanguage(), navigator.language);
  document.documentElement.lang = language;
  createRoot(document.getElementById("container")!).render(<App host={excelHost} language={language} />);
});
