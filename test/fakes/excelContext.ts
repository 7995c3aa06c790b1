import type { FakeRequestContext } from "./proxies";

/** The fake context typed as Office.js's, for calling the adapter directly (it uses a subset). */
export function asExcelContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
