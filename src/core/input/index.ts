export { parseAmount } from "./parseAmount";
export { parseRequiredAmount } from "./parseRequiredAmount";
export { parseNumber, parseRequiredNumber } from "./parseNumber";
export { parseUserCount } from "./parseUserCount";
export { parseMonth } from "./parseMonth";
export { parseDecimals } from "./parseDecimals";
export { toMatrix } from "./toMatrix";
export { flattenVector, type Vector } from "./flattenVector";
export { isBlank } from "./isBlank";
