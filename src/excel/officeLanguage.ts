/**
 * Office's display language tag ("sv-SE"), or undefined where Office.js is not loaded (a browser
 * outside Office, jest). One module with no imports, so the functions bundle can use it without
 * pulling in the rest of the adapter.
 */
export function officeDisplayLanguage(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
}
