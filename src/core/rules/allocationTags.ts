import { OitError, type Where } from "../errors";

/** The tag of a shared ledger line (domain.md section 3); every other tag names a party. */
export const sharedTag = "Gemensam";

/** Tags are typed by people: compare without regard to case or surrounding spaces. */
function normalised(tag: string): string {
  return tag.trim().toLowerCase();
}

export interface TagIndex {
  /** -1 for a shared line, else the party's position; unknown tags are an error naming `where`. */
  partyOf(tag: string, where?: Where): number;
}

/** The allowed tags of a ledger split between `parties`, checked for names that would clash. */
export function allocationTags(parties: readonly string[]): TagIndex {
  const positions = new Map<string, number>([[normalised(sharedTag), -1]]);
  parties.forEach((party, i) => {
    if (positions.has(normalised(party))) {
      throw new OitError("duplicateParty", { party }, { argument: "parties", row: i + 1 });
    }
    positions.set(normalised(party), i);
  });
  const allowed = [sharedTag, ...parties];
  return {
    partyOf(tag, where) {
      const position = positions.get(normalised(tag));
      if (position === undefined) throw new OitError("unknownAllocation", { tag, allowed }, where);
      return position;
    },
  };
}
