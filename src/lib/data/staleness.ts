/**
 * When an indicator is overdue: from its `frekuensi`, the latest period that should be published
 * by `today` (a period is due a set time after it ends), compared with the latest period with data.
 */
import { periodOf, FREQUENCY_KIND as KIND, type Period } from "./period.ts";
import type { Indicator } from "./model.ts";

/** Months after a period ends by which its data should be out. */
export const PUBLICATION_LAG_MONTHS: Record<string, number> = { tahunan: 6, semesteran: 3, triwulanan: 2, bulanan: 1 };

/** The latest period whose data should be published by `today`. */
export function expectedPeriod(frekuensi: string, today: Date): Period {
  const kind = KIND[frekuensi] ?? "year";
  const lag = PUBLICATION_LAG_MONTHS[frekuensi] ?? 6;
  const shifted = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - lag, today.getUTCDate()));
  const current = periodOf(shifted, kind);
  // The period containing (today − lag) has not ended lag months ago; the one before it has.
  return periodOf(new Date(current.start.getTime() - 1), kind);
}

export interface Staleness {
  readonly overdue: boolean;
  readonly latest: Period | null;
  readonly expected: Period;
}

export function staleness(ind: Indicator, today: Date): Staleness {
  // Asked for by the indicator's pages, the home page, the guide and the validation: each
  // indicator's observations are gone through once per day asked about.
  const held = stalenessOf.get(ind);
  if (held?.day === today.getTime()) return held.staleness;
  const expected = expectedPeriod(ind.meta.frekuensi, today);
  let latest: Period | null = null;
  for (const o of ind.observations) if (o.value !== null && (!latest || o.period.end > latest.end)) latest = o.period;
  const result: Staleness = { overdue: !latest || latest.end.getTime() < expected.end.getTime(), latest, expected };
  stalenessOf.set(ind, { day: today.getTime(), staleness: result });
  return result;
}
const stalenessOf = new WeakMap<Indicator, { readonly day: number; readonly staleness: Staleness }>();

/** The build's "today": `TERANG_TODAY` (YYYY-MM-DD) when set, so tests and rebuilds are repeatable. */
export function buildToday(env: Record<string, string | undefined> = process.env): Date {
  const s = env.TERANG_TODAY;
  if (s && /^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
