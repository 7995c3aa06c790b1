import { exactAmountOfUnits, type ExactAmount } from "./exactAmount";
import { exactPowers, powerOfTen } from "./units";

/** units × 10^shift as a number when the product is a safe integer (then it is exact), else undefined. */
function safeShifted(units: number, shift: number): number | undefined {
  if (shift === 0) return units;
  const shifted = shift < exactPowers.length ? units * exactPowers[shift] : NaN;
  return Number.isSafeInteger(shifted) ? shifted : undefined;
}

/**
 * The exact sum of amounts, at the most decimals any of them has. It runs on a number while the running sum
 * stays a safe integer (a sum of two safe integers that is itself safe is exact; one that is not is detected,
 * never rounded away) and carries the rest in a bigint, so a line of 100 000 ledger rows costs an integer
 * addition per row and is exact at any size.
 */
export class AmountSum {
  private safe = 0;
  private big = 0n;
  private decimals = 0;

  add(amount: ExactAmount): void {
    this.addUnits(amount.units, amount.decimals);
  }

  /** add() of an amount given as its units and decimals: a ledger's cells are added without an object each. */
  addUnits(amountUnits: number | bigint, decimals: number): void {
    if (decimals > this.decimals) this.rescale(decimals);
    const shift = this.decimals - decimals;
    if (typeof amountUnits === "number") {
      const units = safeShifted(amountUnits, shift);
      if (units !== undefined) {
        const sum = this.safe + units;
        if (Number.isSafeInteger(sum)) {
          this.safe = sum;
          return;
        }
      }
    }
    this.big += BigInt(amountUnits) * powerOfTen(shift);
  }

  total(): ExactAmount {
    return this.big === 0n ? { units: this.safe, decimals: this.decimals } : exactAmountOfUnits(this.big + BigInt(this.safe), this.decimals);
  }

  private rescale(decimals: number): void {
    const shift = decimals - this.decimals;
    this.big *= powerOfTen(shift);
    const safe = safeShifted(this.safe, shift);
    if (safe === undefined) {
      this.big += BigInt(this.safe) * powerOfTen(shift);
      this.safe = 0;
    } else this.safe = safe;
    this.decimals = decimals;
  }
}
