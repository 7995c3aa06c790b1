import type { Where } from "../../errors";
import type { CodeColumn, CodeString, DraftRule, Mapping, MappingRule } from "../types";
import type { CodeTest } from "./pattern";

export interface CompiledRule {
  rule: MappingRule;
  /** The tests of the columns whose pattern is not "anything", Konto first. */
  tests: [CodeColumn, CodeTest][];
}

/**
 * First match wins, made fast for 100 000 code strings and 500 rules: the rules whose Konto pattern takes an
 * account are found once per distinct account (exports repeat a few hundred accounts), then only those
 * rules' other columns are tried, in the table's order.
 */
export function compileMapping(compiled: readonly CompiledRule[], drafts: readonly DraftRule[], columns: readonly CodeColumn[], where: Where): Mapping {
  const byAccount = new Map<string, CompiledRule[]>();
  function candidates(account: string): CompiledRule[] {
    let rules = byAccount.get(account);
    if (!rules) {
      rules = compiled.filter(({ tests }) => tests.length === 0 || tests[0][0] !== "account" || tests[0][1](account));
      byAccount.set(account, rules);
    }
    return rules;
  }
  function matches({ tests }: CompiledRule, codes: CodeString): boolean {
    for (let i = 0; i < tests.length; i++) {
      const [column, test] = tests[i];
      if (column !== "account" && !test(codes[column])) return false;
    }
    return true;
  }
  const byRule = new Map(compiled.map((entry) => [entry.rule, entry]));
  return {
    rules: compiled.map(({ rule }) => rule),
    drafts,
    matches(rule, codes) {
      const entry = byRule.get(rule);
      return entry !== undefined && candidates(codes.account).includes(entry) && matches(entry, codes);
    },
    columns,
    where,
    ruleFor(codes) {
      for (const candidate of candidates(codes.account)) if (matches(candidate, codes)) return candidate.rule;
      return undefined;
    },
  };
}
