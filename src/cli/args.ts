import type { Language } from "../core/messages";
import type { ReportRequest } from "../core/report";
import { cliError } from "./messages";

export type Command = "report" | "import" | "plan" | "lock" | "settle" | "exit" | "freeze" | "demo" | "example" | "help";

/** The command line: its report flags are the report's request (--month, --year, --unit, --rounding, --compare). */
export interface CliOptions extends ReportRequest {
  command: Command;
  workbook?: string;
  /** The financial system's export (`report --import`, or the file `import` reads). */
  importFile?: string;
  out?: string;
  json: boolean;
  /** Replace an existing file at --out that is not a report of the add-in's. */
  force: boolean;
  language: Language;
  /** The member that leaves (`exit`). */
  party?: string;
  /** The name of the forecast to lock (`lock`). */
  label?: string;
}

type Flag = "--out" | "--json" | "--force" | "--month" | "--year" | "--unit" | "--rounding" | "--lang" | "--party" | "--import" | "--workbook" | "--label" | "--compare";

/** Flags that take no value. */
const switches: readonly Flag[] = ["--json", "--force"];

const flagsOf: Record<Command, Flag[]> = {
  report: ["--out", "--json", "--force", "--import", "--month", "--year", "--unit", "--rounding", "--compare", "--lang"],
  import: ["--workbook", "--out", "--force", "--month", "--year", "--lang"],
  lock: ["--label", "--out", "--force", "--month", "--year", "--lang"],
  plan: ["--out", "--json", "--force", "--unit", "--rounding", "--lang"],
  settle: ["--out", "--json", "--force", "--lang"],
  exit: ["--party", "--out", "--json", "--force", "--lang"],
  freeze: ["--out", "--force", "--lang"],
  demo: ["--out", "--force", "--lang"],
  example: ["--out", "--force", "--lang"],
  help: ["--lang"],
};

const commands = Object.keys(flagsOf) as Command[];

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((item) => item === value.trim().toLowerCase());
  if (found === undefined) throw cliError("cliBadOptionValue", { option, value, allowed: allowed.join(", ") });
  return found;
}

function integerIn(option: string, value: string, low: number, high: number): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < low || n > high || value.trim() === "") {
    throw cliError("cliBadOptionValue", { option, value, allowed: `${low}–${high}` });
  }
  return n;
}

/** Sets one flag's value on the options; `--json` takes none. */
function applyFlag(options: CliOptions, flag: Flag, value: string): void {
  if (flag === "--out") options.out = value;
  else if (flag === "--import") options.importFile = value;
  else if (flag === "--workbook") options.workbook = value;
  else if (flag === "--month") options.throughMonth = integerIn(flag, value, 1, 12);
  else if (flag === "--year") options.year = integerIn(flag, value, 1900, 9999);
  else if (flag === "--unit") options.reportUnit = oneOf(flag, value, ["tkr", "kr"] as const);
  else if (flag === "--rounding") options.rounding = oneOf(flag, value, ["controlled", "per-cell"] as const);
  else if (flag === "--party") options.party = value;
  else if (flag === "--label") options.label = value;
  else if (flag === "--compare") options.compare = value;
  else if (flag === "--lang") options.language = oneOf(flag, value, ["sv", "en"] as const);
}

/** The language asked for, found before the rest is parsed so that even a bad flag is reported in it. */
export function languageArgument(argv: readonly string[]): Language {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return "sv";
  const value = argv[at].includes("=") ? argv[at].slice("--lang=".length) : argv[at + 1];
  return value?.trim().toLowerCase() === "en" ? "en" : "sv";
}

/** `oit-budget <command> [workbook] [flags]`; flags as `--flag value` or `--flag=value`. */
export function parseArgs(argv: readonly string[]): CliOptions {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    return { command: "help", json: false, force: false, language: languageArgument(argv) };
  }
  const [name, ...rest] = argv;
  const command = commands.find((c) => c === name);
  if (!command) throw cliError("cliUnknownCommand", { command: name, allowed: commands.join(", ") });
  const options: CliOptions = { command, json: false, force: false, language: "sv" };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [flagText, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg];
    const flag = flagsOf[command].find((f) => f === flagText);
    if (!flag) throw cliError("cliUnknownOption", { option: flagText, command, allowed: flagsOf[command].join(", ") });
    if (switches.includes(flag)) {
      if (flag === "--json") options.json = true;
      else options.force = true;
      continue;
    }
    const value = inline ?? rest[++i];
    // "--out --json": the next flag is not a value (a file named "--json" would be a slip, not a wish).
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw cliError("cliMissingOptionValue", { option: flag });
    applyFlag(options, flag, value);
  }
  const takesFile = command === "report" || command === "plan" || command === "lock" || command === "settle" || command === "exit" || command === "freeze" || command === "import";
  if (takesFile && positional.length === 0) throw cliError(command === "import" ? "cliImportUsage" : "cliMissingWorkbook", { command });
  if (command === "exit" && !options.party?.trim()) throw cliError("cliMissingParty", {});
  if (command === "lock" && !options.label?.trim()) throw cliError("cliMissingLabel", {});
  const allowedPositional = takesFile ? 1 : 0;
  if (positional.length > allowedPositional) {
    throw cliError("cliExtraArguments", { values: positional.slice(allowedPositional).join(" ") });
  }
  // `import <export> --workbook <workbook.xlsx>`: the positional file is the export.
  if (command === "import") {
    options.importFile = positional[0];
    if (options.workbook === undefined) throw cliError("cliImportUsage", {});
  } else options.workbook = positional[0];
  return options;
}
