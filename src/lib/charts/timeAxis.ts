/**
 * The true time axis shared by the time series and the breakdown over time. Every period sits at
 * its midpoint (`periodMid`) on a UTC scale whose domain runs from the start of the first period
 * to the end of the last, so a semester takes half the room of a year and gaps in time show.
 */
import { scaleUtc, type ScaleTime } from "d3-scale";
import { periodMid, periodOf, type Period, type PeriodKind } from "../data/period.ts";
import type { Lang } from "../data/model.ts";
import { formatPeriodShort } from "../i18n/format.ts";
import { textWidth } from "./textWidth.ts";

/** Period kinds from the shortest to the longest. */
const UNITS: readonly PeriodKind[] = ["month", "quarter", "semester", "year"];
const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };
/** Steps tried, in years, when even one label per year is too crowded. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/** From the start of the earliest period to the end of the latest; `null` without periods. */
export function timeDomain(periods: readonly Period[]): [Date, Date] | null {
  if (periods.length === 0) return null;
  // Compared as numbers: comparing Date objects converts both on every test.
  let a = periods[0]!.start;
  let b = periods[0]!.end;
  let at = a.getTime();
  let bt = b.getTime();
  for (const p of periods) {
    const s = p.start.getTime();
    const e = p.end.getTime();
    if (s < at) {
      a = p.start;
      at = s;
    }
    if (e > bt) {
      b = p.end;
      bt = e;
    }
  }
  return [a, b];
}

export function timeScale(domain: [Date, Date], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}

/** Where a period's point goes: its midpoint. */
export const periodX = (scale: ScaleTime<number, number>, p: Period): number => scale(periodMid(p));

export interface TimeTick {
  /** Centre of the label: the middle of the labelled period, clipped to the domain. */
  readonly x: number;
  readonly label: string;
  readonly period: Period | null;
}

export interface TimeTicks {
  /** Kind of the labelled periods. */
  readonly unit: PeriodKind;
  /** Every how many units a label is shown (years only go beyond 1). */
  readonly step: number;
  readonly labels: readonly TimeTick[];
  /** x of the boundaries between units inside the domain (small tick marks). */
  readonly marks: readonly number[];
}

export interface TimeTickOptions {
  /** Kind of the data's periods: labels are never finer than it. */
  readonly dataKind: PeriodKind;
  readonly fontSize: number;
  readonly lang: Lang;
  /** Least room between two labels. */
  readonly gap?: number;
}

function unitsIn(domain: [Date, Date], unit: PeriodKind): Period[] {
  const out: Period[] = [];
  let p = periodOf(domain[0], unit);
  while (p.start < domain[1]) {
    out.push(p);
    p = periodOf(p.end, unit);
  }
  return out;
}

/**
 * Labels for a time axis: the finest unit (not finer than the data) whose labels fit side by side
 * in the scale's range, each centred on its period; years thin out by 2, 5, 10… when needed.
 */
export function timeTicks(scale: ScaleTime<number, number>, options: TimeTickOptions): TimeTicks {
  const { dataKind, fontSize, lang, gap = fontSize * 0.8 } = options;
  const domain = scale.domain() as [Date, Date];
  const clip = (d: Date) => new Date(Math.min(Math.max(d.getTime(), domain[0].getTime()), domain[1].getTime()));
  const candidates = UNITS.filter((u) => MONTHS[u] >= MONTHS[dataKind]);
  let last: TimeTicks | null = null;
  for (const unit of candidates) {
    const periods = unitsIn(domain, unit);
    const marks = periods.slice(1).map((p) => scale(p.start));
    for (const step of unit === "year" ? YEAR_STEPS : [1]) {
      const labels = periods
        .filter((p) => step === 1 || p.year % step === 0)
        .map((period) => ({ x: (scale(clip(period.start)) + scale(clip(period.end))) / 2, label: formatPeriodShort(period, lang), period }));
      last = { unit, step, labels, marks };
      const fits = labels.every((l, i) => {
        const next = labels[i + 1];
        return !next || next.x - l.x >= (textWidth(l.label, fontSize) + textWidth(next.label, fontSize)) / 2 + gap;
      });
      if (fits) return last;
    }
  }
  return last ?? { unit: dataKind, step: 1, labels: [], marks: [] };
}
