/** Messages between the data checker page (checker.ts) and its worker (worker.ts). */
import type { Lang, Observation, Region } from "../../lib/data/model.ts";
import type { IndicatorMeta } from "../../lib/data/schema/indicator-meta.ts";

export interface CheckRequest {
  readonly seq: number;
  readonly bytes: ArrayBuffer;
  readonly file: string;
  readonly meta: IndicatorMeta;
  readonly regions: readonly Region[];
  /** The build's "today", ISO `YYYY-MM-DD`. */
  readonly today: string;
  readonly lang: Lang;
}

export interface CheckedProblem {
  readonly code: string;
  readonly row?: number;
  readonly line?: number;
  /** 0-based column index in the file (from the spreadsheet letter), when known. */
  readonly col?: number;
  readonly letter?: string;
  readonly column?: string;
  readonly where: string;
  readonly what: string;
  readonly fix: string;
}

export interface Preview {
  /** Spreadsheet row of the header, and its cells as written. */
  readonly headerRow: number;
  readonly header: readonly string[];
  /** Rows shown: the first rows and every row with a problem, in file order. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  /** Data rows in the file. */
  readonly total: number;
}

export interface CheckResponse {
  readonly seq: number;
  readonly problems: readonly CheckedProblem[];
  readonly observations: readonly Observation[];
  readonly periodColumn: "tahun" | "periode";
  readonly preview: Preview | null;
}
