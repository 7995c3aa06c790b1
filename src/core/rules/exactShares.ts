import { dec, type Dec } from "../decimal";

/** Each party's unrounded share of the users, the yardstick for a decided key; null for no users at all. */
export function exactShares(users: readonly number[]): Dec[] | null {
  const total = users.reduce((sum, n) => sum + n, 0);
  return total === 0 ? null : users.map((n) => dec(n).div(total));
}
