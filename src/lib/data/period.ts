/**
 * Periods of observation, as written in the `tahun` or `periode` column of an indicator CSV.
 *
 * Forms (DATA.md): `YYYY`, `YYYY-S1`/`YYYY-S2`, `YYYY-Q1`..`YYYY-Q4`, `YYYY-MM`.
 * Every period is an interval of time; charts place it at its start on a true time axis.
 */

export type PeriodKind = "year" | "semester" | "quarter" | "month";

export interface Period {
  /** The period as written in the CSV, normalised (e.g. `2024-S1`). */
  readonly code: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1-based index inside the year: semester 1–2, quarter 1–4, month 1–12; 1 for a year. */
  readonly index: number;
  /** First instant of the period (UTC). */
  readonly start: Date;
  /** First instant after the period (UTC). */
  readonly end: Date;
}

/** The kind of period each `frekuensi` of the metadata publishes. */
export const FREQUENCY_KIND: Readonly<Record<string, PeriodKind>> = { tahunan: "year", semesteran: "semester", triwulanan: "quarter", bulanan: "month" };

/** How each kind of period is written, for messages and the staff guide. */
export const PERIOD_FORM: Readonly<Record<PeriodKind, string>> = { year: "YYYY", semester: "YYYY-S1/YYYY-S2", quarter: "YYYY-Q1..YYYY-Q4", month: "YYYY-MM" };

/** Years a period may have: earlier or later ones are typing mistakes (`1024`, `2204`). */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const YEAR = /^(\d{4})$/;
const SEMESTER = /^(\d{4})-S([12])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTHS_PER: Record<PeriodKind, number> = { year: 12, semester: 6, quarter: 3, month: 1 };

/**
 * One object per period: a thousand indicators of 20 regions × 15 years hold half a million
 * observations but a few dozen periods. Periods are never changed (the type is read-only, and the
 * object is frozen so a slip would throw), so sharing them is safe.
 */
const interned = new Map<string, Period>();

function make(code: string, kind: PeriodKind, year: number, index: number): Period {
  const held = interned.get(code);
  if (held) return held;
  const span = MONTHS_PER[kind];
  const startMonth = (index - 1) * span;
  const p: Period = Object.freeze({
    code,
    kind,
    year,
    index,
    start: new Date(Date.UTC(year, startMonth, 1)),
    end: new Date(Date.UTC(year, startMonth + span, 1)),
  });
  interned.set(code, p);
  return p;
}

/** Parses a period code; returns `null` when it is not one of the accepted forms. */
export function parsePeriod(text: string, allowed: "tahun" | "periode" = "periode"): Period | null {
  const s = text.trim();
  let m = YEAR.exec(s);
  if (m) return make(s, "year", Number(m[1]), 1);
  if (allowed === "tahun") return null;
  m = SEMESTER.exec(s);
  if (m) return make(s, "semester", Number(m[1]), Number(m[2]));
  m = QUARTER.exec(s);
  if (m) return make(s, "quarter", Number(m[1]), Number(m[2]));
  m = MONTH.exec(s);
  if (m) return make(s, "month", Number(m[1]), Number(m[2]));
  return null;
}

/** The period of the given kind that contains `date` (UTC). */
export function periodOf(date: Date, kind: PeriodKind): Period {
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth();
  switch (kind) {
    case "year":
      return make(String(y), kind, y, 1);
    case "semester":
      return make(`${y}-S${mo < 6 ? 1 : 2}`, kind, y, mo < 6 ? 1 : 2);
    case "quarter":
      return make(`${y}-Q${Math.floor(mo / 3) + 1}`, kind, y, Math.floor(mo / 3) + 1);
    case "month":
      return make(`${y}-${String(mo + 1).padStart(2, "0")}`, kind, y, mo + 1);
  }
}

/** Orders periods by start, then by length (a year before its first semester). */
export function comparePeriods(a: Period, b: Period): number {
  return a.start.getTime() - b.start.getTime() || b.end.getTime() - a.end.getTime();
}

/** The middle instant of a period: where a point or bar for it sits on a time axis. */
export function periodMid(p: Period): Date {
  return new Date((p.start.getTime() + p.end.getTime()) / 2);
}
