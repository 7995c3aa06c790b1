/**
 * Board members' fees (nämndsarvoden) are always the own cost of the municipality that elected
 * the members, never shared (domain.md section 3). Recognised by the line's name, as the ledger
 * has no other mark of them; the singular and any case match.
 */
export function isBoardFees(line: string): boolean {
  return /nämndsarvode/i.test(line);
}
