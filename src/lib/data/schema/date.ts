/**
 * A calendar date written `YYYY-MM-DD` that exists: `2026-02-30` or `2025-13-01` are refused
 * (`Date.parse` would quietly roll the first over to 2 March). A YAML date value is accepted too,
 * when a parser hands one over.
 */
import { z } from "zod";

/** Whether `s` is `YYYY-MM-DD` and names a day of the calendar. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const calendarDate = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime())).transform((d) => d.toISOString().slice(0, 10)),
  z.string().refine(isCalendarDate),
]);
