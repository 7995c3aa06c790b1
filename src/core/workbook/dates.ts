import { OitError, type Where } from "../errors";
import { isBlank } from "../input";
import { placeParams } from "./cells";
import { textOf } from "./names";

/** A day of the calendar, as the economists write it (no time, no time zone). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system for serials from 61 (1900-03-01) on, past Lotus's 29 February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fromUtc(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function fromIsoText(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const date = fromUtc(Date.UTC(year, month - 1, day));
  return date.year === year && date.month === month && date.day === day ? date : undefined;
}

function parsed(value: unknown): CalendarDate | undefined {
  // ExcelJS gives a date cell as a Date at UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : fromUtc(value.getTime());
  // Office.js gives it as its serial number; a time of day is dropped.
  if (typeof value === "number") return value >= 61 && value < 2_958_466 ? fromUtc(EXCEL_EPOCH + Math.floor(value) * MS_PER_DAY) : undefined;
  if (typeof value === "string") return fromIsoText(value.trim());
  return undefined;
}

/** A date cell: an Excel date, its serial number or ISO text (2027-03-15); anything else, a blank too, is an error. */
export function parseDate(value: unknown, where: Where): CalendarDate {
  const date = isBlank(value) ? undefined : parsed(value);
  if (date) return date;
  throw new OitError("badDate", { value: textOf(value), ...placeParams(where) }, where);
}

/** 2027-03-05. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The last day of a month, e.g. the end of a quarter. */
export function endOfMonth(year: number, month: number): CalendarDate {
  return fromUtc(Date.UTC(year, month, 0));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The date as Excel's serial number (1900 date system), which both hosts write with a date format. */
export function excelSerial(date: CalendarDate): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - EXCEL_EPOCH) / MS_PER_DAY;
}
