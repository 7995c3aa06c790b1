import { FakeOfficeError } from "./errors";
import { FakeExcelHost, type FakeWorkbookSeed } from "./host";
import type { FakeRequestContext } from "./proxies";

export interface FakeOfficeOptions {
  /** Office.context.displayLanguage, e.g. "sv-SE" or "en-US". Default "sv-SE". */
  displayLanguage?: string;
}

/**
 * Defines the globals `Office`, `Excel` and `OfficeExtension` on `target` (globalThis in jest or
 * in a browser page), backed by a fresh FakeExcelHost seeded from `seed`, and returns that host.
 * Plain TypeScript without Node APIs, so a browser bundle can use it in place of office.js.
 */
export function installFakeOffice(
  target: object,
  seed: FakeWorkbookSeed = {},
  options: FakeOfficeOptions = {}
): FakeExcelHost {
  const host = new FakeExcelHost(seed);
  const info = { host: "Excel", platform: "OfficeOnline" };
  Object.assign(target, {
    Office: {
      context: {
        displayLanguage: options.displayLanguage ?? "sv-SE",
        host: info.host,
        platform: info.platform,
        requirements: { isSetSupported: () => true },
        document: { getFileAsync: host.files.getFileAsync.bind(host.files) },
      },
      onReady: (callback?: (ready: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: "Excel" },
      FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    },
    Excel: {
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => host.run(batch),
      createWorkbook: (base64?: string) => host.files.createWorkbook(base64),
      ChartType: { barClustered: "BarClustered" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      RangeValueType: {
        empty: "Empty",
        string: "String",
        double: "Double",
        boolean: "Boolean",
        error: "Error",
      },
    },
    OfficeExtension: { Error: FakeOfficeError },
  });
  return host;
}
