import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";

/** The fake host as one browser script (development mode: fast, and it is never shipped). */
export async function bundleFakeOffice(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "oit-fake-office-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: join(__dirname, "fakeOffice.entry.ts"),
    output: { path: out, filename: "fake-office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } }],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => resolve());
    })
  );
  return readFileSync(join(out, "fake-office.js"), "utf8");
}
