import { compareDates, endOfMonth, type CalendarDate } from "../workbook/dates";

/**
 * When re-invoicing of the costs in a ledger through `throughMonth` is due. The ledger gives no booking dates,
 * only what was booked by the end of its month: every cost in it counts as booked in that month's quarter at
 * the latest, and is due by the end of the quarter after it. So the check never calls a cost late before it
 * can be (a cost booked in January and not invoiced shows as open from the interim report on, late once that
 * date has passed).
 */
export function reinvoicingDue(year: number, throughMonth: number): CalendarDate {
  const quarterEnd = Math.ceil(throughMonth / 3) * 3;
  return quarterEnd === 12 ? endOfMonth(year + 1, 3) : endOfMonth(year, quarterEnd + 3);
}

export function isOverdue(due: CalendarDate, today: CalendarDate): boolean {
  return compareDates(today, due) > 0;
}

