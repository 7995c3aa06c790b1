import { OitError } from "../../errors";
import { describeCodeString } from "../codeString";
import type { CodeString, Mapping, MappingRule } from "../types";

/** The first rule that matches the code string; no rule is an OitError (`#N/A` in OIT.MAPPA) naming the code string. */
export function mapCodeString(mapping: Mapping, codes: CodeString): MappingRule {
  const rule = mapping.ruleFor(codes);
  if (rule) return rule;
  throw new OitError("noRuleMatches", { codes: describeCodeString(codes), table: mapping.where.table ?? "" }, mapping.where);
}
