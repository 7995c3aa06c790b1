import type { MembersAccount } from "./types";

/**
 * `oit-budget settle --json` exactly as workbook.md writes it: the contract's fields, in its order. The financing
 * comparison and the threshold stay on the sheet and in the pane.
 */
export function settleJson(account: MembersAccount): object {
  return {
    year: account.year,
    throughMonth: account.throughMonth,
    basis: account.basis,
    members: account.members.map((member) => ({
      party: member.party,
      share: member.share,
      advances: member.advances,
      reinvoicing: member.reinvoicing,
      trueUps: member.trueUps,
      ...(member.proposedTrueUp !== undefined && { proposedTrueUp: member.proposedTrueUp }),
      actualCost: member.actualCost,
      invoiced: member.invoiced,
      settlement: member.settlement,
    })),
  };
}
