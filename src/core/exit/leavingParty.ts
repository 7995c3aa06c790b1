import { OitError } from "../errors";
import { sameName } from "../workbook/names";

/** The member that leaves, as the key spells it: a party of the key, and not the host (who keeps the books). */
export function leavingParty(party: string, parties: readonly string[], host: string, year: number): string {
  const members = parties.filter((name) => !sameName(name, host));
  const found = parties.find((name) => sameName(name, party));
  if (!found) throw new OitError("exitPartyUnknown", { party, year, allowed: members });
  if (sameName(found, host)) throw new OitError("exitPartyIsHost", { party: found, allowed: members });
  return found;
}
