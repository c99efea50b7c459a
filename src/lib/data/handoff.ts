/**
 * The validated project as the build hands it from the validation's thread to Astro's
 * (scripts/validate-worker.ts → scripts/build.ts): the same Validation, with each indicator's
 * observations packed into columns.
 *
 * A structured clone writes every object with all its property names: at a thousand indicators,
 * half a million observations were 48 MB to write on one thread and to read back on the other,
 * and the reading held up Astro's first page by about a second. Columns are a few typed arrays
 * (copied in one piece) and short tables of the values that repeat (periods, regions, dimension
 * objects); unpacking builds the same observations, in the same order, with the same properties
 * in the same order, and shares periods (period.ts) and dimension objects as the validation does.
 */
import type { Indicator, Observation } from "./model.ts";
import type { Site, Validation } from "./project.ts";
import { parsePeriod } from "./period.ts";
import { isWarning, type Problem } from "./errors.ts";

/** One indicator's observations as columns, index by index. */
export interface PackedObservations {
  /** Period codes; `period[i]` indexes them. */
  readonly periods: readonly string[];
  readonly period: Uint32Array;
  /** Region codes; `region[i]` indexes them. */
  readonly regions: readonly string[];
  readonly region: Uint32Array;
  /** Dimension objects; `dims[i]` indexes them. */
  readonly dimsTable: readonly Readonly<Record<string, string | null>>[];
  readonly dims: Uint32Array;
  /** Values, NaN for a missing one (a validated value is never NaN). */
  readonly value: Float64Array;
  readonly row: Uint32Array;
  /** `[index, note]` of the observations with a note, and with an English note (`null` kept apart from absent). */
  readonly notes: readonly (readonly [number, string])[];
  readonly notesEn: readonly (readonly [number, string | null])[];
}

export type PackedIndicator = Omit<Indicator, "observations"> & { readonly packed: PackedObservations };
export type PackedValidation = Omit<Validation, "site"> & { readonly site: (Omit<Site, "indicators"> & { readonly indicators: readonly PackedIndicator[] }) | null };

/** Observations → columns. */
export function packObservations(observations: readonly Observation[]): PackedObservations {
  const n = observations.length;
  const index = <T>(table: T[], at: Map<T, number>, v: T) => {
    let i = at.get(v);
    if (i === undefined) at.set(v, (i = table.push(v) - 1));
    return i;
  };
  const periods: string[] = [];
  const periodAt = new Map<string, number>();
  const regions: string[] = [];
  const regionAt = new Map<string, number>();
  const dimsTable: Readonly<Record<string, string | null>>[] = [];
  const dimsAt = new Map<Readonly<Record<string, string | null>>, number>();
  const p = { period: new Uint32Array(n), region: new Uint32Array(n), dims: new Uint32Array(n), value: new Float64Array(n), row: new Uint32Array(n) };
  const notes: [number, string][] = [];
  const notesEn: [number, string | null][] = [];
  observations.forEach((o, i) => {
    p.period[i] = index(periods, periodAt, o.period.code);
    p.region[i] = index(regions, regionAt, o.region);
    p.dims[i] = index(dimsTable, dimsAt, o.dims);
    p.value[i] = o.value ?? NaN;
    p.row[i] = o.row;
    if (o.note !== null) notes.push([i, o.note]);
    if ("noteEn" in o) notesEn.push([i, o.noteEn ?? null]);
  });
  return { periods, regions, dimsTable, notes, notesEn, ...p };
}

/** Columns → the observations `packObservations` was given (equal, property order included). */
export function unpackObservations(p: PackedObservations): Observation[] {
  const periods = p.periods.map((code) => {
    const period = parsePeriod(code);
    if (!period) throw new Error(`handoff: not a period: ${code}`);
    return period;
  });
  const dimsTable = p.dimsTable.map((d) => Object.freeze(d));
  const notes = new Map(p.notes);
  const notesEn = new Map(p.notesEn);
  const out: Observation[] = new Array(p.value.length);
  for (let i = 0; i < out.length; i++) {
    const v = p.value[i]!;
    const period = periods[p.period[i]!]!;
    const region = p.regions[p.region[i]!]!;
    const dims = dimsTable[p.dims[i]!]!;
    const value = Number.isNaN(v) ? null : v;
    const note = notes.get(i) ?? null;
    const row = p.row[i]!;
    // Two literals, in the order indicator-csv.ts builds them (a spread would be slower).
    out[i] = notesEn.has(i) ? { period, region, dims, value, note, noteEn: notesEn.get(i)!, row } : { period, region, dims, value, note, row };
  }
  return out;
}

/** `o` with its property `from` replaced by `to` = `value`, in the same place among its properties. */
function swapKey<T extends object>(o: T, from: string, to: string, value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => (k === from ? [to, value] : [k, v])));
}

/** What the validation's thread posts. */
export function packValidation(v: Validation): PackedValidation {
  if (!v.site) return { ...v, site: null };
  return { ...v, site: { ...v.site, indicators: v.site.indicators.map((i) => swapKey(i, "observations", "packed", packObservations(i.observations)) as unknown as PackedIndicator) } };
}

/** What Astro's thread rebuilds from it. */
export function unpackValidation(p: PackedValidation): Validation {
  if (!p.site) return { ...p, site: null };
  return { ...p, site: { ...p.site, indicators: p.site.indicators.map((i) => swapKey(i, "packed", "observations", unpackObservations(i.packed)) as unknown as Indicator) } };
}

/**
 * The validation of the data with what compiling the policy documents found (src/lib/policyCompile.ts):
 * any finding leaves no site, and the errors in file and line order. The build's validation thread
 * sends the two apart (scripts/validate-worker.ts); `npm run validate` joins them the same way.
 */
export function withCompiled(v: Validation, found: readonly Problem[]): Validation {
  if (found.length === 0) return v;
  const errors = [...v.errors, ...found.filter((p) => !isWarning(p))].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { ...v, site: null, errors };
}
