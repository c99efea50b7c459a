/**
 * The validated site data: what the loaders produce and every page, chart and feed reads.
 * Stages: files → rows (csv.ts) → observations (this model) → series (series.ts) → chart models.
 */
import type { Period } from "./period.ts";
import type { IndicatorMeta, LocalText } from "./schema/indicator-meta.ts";

export type Lang = "id" | "en";
export type { IndicatorMeta, LocalText };

export type RegionKind = "provinsi" | "kota" | "kabupaten" | "kecamatan";

export interface Region {
  /** Kemendagri code without dots, kept as a string (`1373`, `137301`). */
  readonly code: string;
  readonly name: string;
  readonly kind: RegionKind;
  /** Parent's code (the province of a city/regency, the city/regency of a district); `null` for a province. */
  readonly parent: string | null;
}

export interface Observation {
  readonly period: Period;
  /** Region code. */
  readonly region: string;
  /** Dimension column → declared value; `null` means "all" (the total). */
  readonly dims: Readonly<Record<string, string | null>>;
  /** The number; `null` is a missing observation (a gap, "tidak tersedia"). Never NaN. */
  readonly value: number | null;
  /** Free text shown beside the value; always rendered as text. */
  readonly note: string | null;
  /** The same note in English (`catatan_en`), for the English pages; absent or `null` when there is none. */
  readonly noteEn?: string | null;
  /** Spreadsheet row (header = 1) in the source CSV. */
  readonly row: number;
}

export interface Indicator {
  readonly meta: IndicatorMeta;
  /** Which period column the CSV uses. */
  readonly periodColumn: "tahun" | "periode";
  /** Observations sorted by period, region, then dimension values. */
  readonly observations: readonly Observation[];
  /** Path of the CSV relative to the project root (`data/indicators/ikm.csv`). */
  readonly csvFile: string;
  /** The CSV exactly as published (bytes of the source file, as UTF-8 text without BOM). */
  readonly csvText: string;
}

export const POLICY_KINDS = ["evaluasi", "kebijakan", "strategi", "program"] as const;
export const POLICY_STATUSES = ["draf", "konsultasi", "ditetapkan", "dicabut"] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export interface SiteData {
  readonly regions: readonly Region[];
  readonly indicators: readonly Indicator[];
}
