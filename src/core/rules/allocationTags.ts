import { OitError, type Where } from "../errors";
import { isBlank } from "../input/isBlank";
import { nameNormalizer, normalizeName, textOf } from "../workbook/names";

/** The tag of a shared ledger line (domain.md section 3); every other tag names a party. */
export const sharedTag = "Gemensam";

/** The mapping's tag for rows left out of the report on purpose (workbook.md, Import). */
export const excludedTag = "Exkluderas";

/** Tags that are not parties: a party so named would be counted as shared (or left out) as well as its own. */
export const reservedTags: readonly string[] = [sharedTag, excludedTag];

/** A party's name; one of the reserved tags is an error naming `where`. */
export function checkPartyName(party: string, where?: Where): string {
  if (reservedTags.some((tag) => normalizeName(tag) === normalizeName(party))) {
    throw new OitError("reservedPartyName", { party: party.trim(), reserved: reservedTags }, where);
  }
  return party;
}

/**
 * A tag cell's text. Some Excel platforms hand a custom function 0 for a blank cell of a range: a tag of 0
 * is no tag, as a blank cell is, so OIT.COSTSPLIT skips an empty row there as the report does.
 */
export function tagText(value: unknown): string {
  return isBlank(value) || value === 0 ? "" : textOf(value);
}

export interface TagIndex {
  /** The tags a line may carry: Gemensam, then the parties as the key spells them. */
  allowed: readonly string[];
  /** -1 for a shared line, the party's position, or undefined for a tag that is neither. */
  positionOf(tag: string): number | undefined;
  /** positionOf, with an unknown tag an error naming `where`. */
  partyOf(tag: string, where?: Where): number;
}

/**
 * The allowed tags of a ledger split between `parties`, compared by the workbook's name rule (case, spaces,
 * the kind of dash): the one rule by which OIT.COSTSPLIT and the report's ledger tell a line's allocation.
 * Parties named like a reserved tag, or twice, are refused (at `partyWhere`, by default the function argument).
 */
export function allocationTags(
  parties: readonly string[],
  partyWhere: (position: number) => Where | undefined = (position) => ({ argument: "parties", row: position + 1 })
): TagIndex {
  const positions = new Map<string, number>([[normalizeName(sharedTag), -1]]);
  parties.forEach((party, i) => {
    const where = partyWhere(i);
    checkPartyName(party, where);
    if (positions.has(normalizeName(party))) throw new OitError("duplicateParty", { party }, where);
    positions.set(normalizeName(party), i);
  });
  const allowed = [sharedTag, ...parties];
  // A ledger repeats its tags on many rows: each distinct text is normalised once.
  const normal = nameNormalizer();
  const positionOf = (tag: string) => positions.get(normal(tag));
  return {
    allowed,
    positionOf,
    partyOf(tag, where) {
      const position = positionOf(tag);
      if (position === undefined) throw new OitError("unknownAllocation", { tag, allowed }, where);
      return position;
    },
  };
}
