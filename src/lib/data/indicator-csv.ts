/**
 * Schema and checks of `data/indicators/<id>.csv` (DATA.md): a table from `csv.ts` plus the
 * indicator's metadata and the regions → observations, with every problem located.
 */
import { readCsv, parseNumber, decodeCsvBytes, type CsvTable } from "./csv.ts";
import { nearest, capProblems, type Problem, type Params, type ErrorCode } from "./errors.ts";
import { formulaStart } from "./formula.ts";
import { parsePeriod, periodOf, comparePeriods, FREQUENCY_KIND, PERIOD_FORM, YEAR_RANGE, type Period, type PeriodKind } from "./period.ts";
import type { IndicatorMeta } from "./schema/indicator-meta.ts";
import type { Observation, Region } from "./model.ts";

/** The columns of an indicator CSV: the one description the checker and the staff guide use. */
export const INDICATOR_COLUMNS = [
  { name: "tahun", required: "one of tahun/periode", id: "Tahun `YYYY` (data tahunan).", en: "Year `YYYY` (yearly data)." },
  { name: "periode", required: "one of tahun/periode", id: "`YYYY`, `YYYY-S1`/`S2` (semester), `YYYY-Q1`..`Q4` (triwulan) atau `YYYY-MM` (bulan).", en: "`YYYY`, `YYYY-S1`/`S2` (semester), `YYYY-Q1`..`Q4` (quarter) or `YYYY-MM` (month)." },
  { name: "kode_wilayah", required: "yes", id: "Kode wilayah BPS dari data/regions.csv.", en: "BPS region code from data/regions.csv." },
  { name: "(dimensi)", required: "as declared", id: "Satu kolom per dimensi di YAML; sel kosong berarti total.", en: "One column per dimension in the YAML; an empty cell means the total." },
  { name: "nilai", required: "yes", id: "Angka; sel kosong berarti data tidak tersedia.", en: "The number; an empty cell means not available." },
  { name: "catatan", required: "no", id: "Catatan teks bebas, tampil di samping nilai.", en: "Free-text note shown beside the value." },
  { name: "catatan_en", required: "no", id: "Catatan yang sama dalam bahasa Inggris, untuk halaman berbahasa Inggris (tanpa kolom ini halaman itu menampilkan catatan berbahasa Indonesia, ditandai). Hanya boleh diisi bila catatan juga diisi.", en: "The same note in English, for the English pages (without it they show the Indonesian note, marked as such). May only be filled where catatan is." },
] as const;

const EXCEL_DATE = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}([ T].*)?|[A-Za-z]{3,9}[-/ ]\d{2,4}|\d{1,2}[-/ ][A-Za-z]{3,9}([-/ ]\d{2,4})?)$/;

/** Each kind of period in words, for `period.frequency`. */
const KIND_WORDS: Record<PeriodKind, { id: string; en: string }> = {
  year: { id: "tahunan", en: "yearly" },
  semester: { id: "semester", en: "half-yearly" },
  quarter: { id: "triwulan", en: "quarterly" },
  month: { id: "bulanan", en: "monthly" },
};
const FREQUENCY_WORDS: Record<PeriodKind, { id: string; en: string }> = {
  year: { id: "tahunan", en: "yearly" },
  semester: { id: "semesteran", en: "half-yearly" },
  quarter: { id: "triwulanan", en: "quarterly" },
  month: { id: "bulanan", en: "monthly" },
};

export interface IndicatorCsvResult {
  readonly observations: Observation[];
  readonly periodColumn: "tahun" | "periode";
  readonly problems: Problem[];
}

export interface CheckOptions {
  /** The build's "now": periods after the current one are rejected. */
  readonly today: Date;
  readonly maxProblems?: number;
}

/** Bytes of an indicator CSV → observations, checked against its metadata and the regions. */
export function checkIndicatorCsv(
  bytes: Uint8Array,
  file: string,
  meta: IndicatorMeta | null,
  regions: readonly Region[],
  options: CheckOptions,
): IndicatorCsvResult {
  const decoded = decodeCsvBytes(bytes, file);
  if (decoded.text === null) return { observations: [], periodColumn: "tahun", problems: decoded.problems };
  const dims = meta?.dimensi ?? [];
  const knownColumns = ["tahun", "periode", "kode_wilayah", "nilai", "catatan", "catatan_en", ...dims.map((d) => d.kolom)];
  const read = readCsv(decoded.text, file, { knownColumns, multilineColumns: ["catatan", "catatan_en"], numberColumn: "nilai", noteColumn: "catatan" });
  if (!read.table) return { observations: [], periodColumn: "tahun", problems: read.problems };
  const problems = [...read.problems];
  const result = checkTable(read.table, file, meta, regions, options, knownColumns, problems);
  return { ...result, problems: capProblems(problems, file, options.maxProblems ?? 50) };
}

/**
 * The dimension values of an observation of an indicator without dimensions. Observations share
 * their dimension objects (this one, and one per combination in a file): half a million rows
 * make a few thousand objects, which the build hands from the validation's thread to Astro's
 * (a structured clone writes a shared object once) and keeps in memory while it renders. Frozen,
 * like the periods (period.ts), so that a slip that changed one would throw.
 */
const NO_DIMS: Readonly<Record<string, string | null>> = Object.freeze({});

function checkTable(
  table: CsvTable,
  file: string,
  meta: IndicatorMeta | null,
  regions: readonly Region[],
  options: CheckOptions,
  knownColumns: string[],
  problems: Problem[],
): Omit<IndicatorCsvResult, "problems"> {
  const add = (code: ErrorCode, row: number, col: number | null, params: Params) =>
    problems.push({
      code,
      file,
      row,
      ...(col !== null ? { column: table.header[col]!, letter: table.letters[col]! } : {}),
      params,
    });

  // ── Header ──
  const lower = table.header.map((h) => h.toLowerCase());
  const idx = (name: string) => lower.indexOf(name);
  const hr = table.headerRow;
  // Without metadata (its YAML is broken) the declared dimensions are unknown: only the other
  // checks run, so that one run still reports the CSV's own mistakes.
  lower.forEach((name, i) => {
    if (meta && !knownColumns.includes(name))
      add("header.unknown", hr, i, { name: table.header[i], suggestion: nearest(name, knownColumns), known: knownColumns.join(", ") });
  });
  const hasTahun = idx("tahun") !== -1;
  const hasPeriode = idx("periode") !== -1;
  if (hasTahun && hasPeriode) add("header.both_periods", hr, Math.max(idx("tahun"), idx("periode")), {});
  if (!hasTahun && !hasPeriode) problems.push({ code: "header.missing", file, row: hr, column: "tahun", params: { name: "tahun / periode" } });
  for (const name of ["kode_wilayah", "nilai"])
    if (idx(name) === -1) problems.push({ code: "header.missing", file, row: hr, column: name, params: { name } });
  const dimCols = (meta?.dimensi ?? []).map((d) => ({ dim: d, col: idx(d.kolom) }));
  for (const { dim, col } of dimCols)
    if (col === -1) problems.push({ code: "header.missing", file, row: hr, column: dim.kolom, params: { name: dim.kolom } });

  const periodColumn: "tahun" | "periode" = hasTahun ? "tahun" : "periode";
  // An unknown or unnamed column is only reported (its cells are not read); a missing, doubled or
  // ambiguous column leaves the rows unreadable.
  const headerBroken = problems.some((p) => p.code === "header.missing" || p.code === "header.duplicate" || p.code === "header.both_periods");
  if (headerBroken) return { observations: [], periodColumn };

  const pCol = idx(periodColumn);
  const rCol = idx("kode_wilayah");
  const vCol = idx("nilai");
  const nCol = idx("catatan");
  const enCol = idx("catatan_en");
  const regionCodes = new Set(regions.map((r) => r.code));
  const [min, max] = meta?.rentang ?? [-Infinity, Infinity];
  const seen = new Map<string, number>();
  const dimsSeen = new Map<string, Readonly<Record<string, string | null>>>();
  const observations: Observation[] = [];

  // The period kind the metadata's frequency publishes: a yearly indicator has only years, etc.
  const wantKind = meta ? FREQUENCY_KIND[meta.frekuensi] : undefined;
  for (const { row, cells } of table.rows) {
    let ok = true;
    const fail = (code: ErrorCode, col: number, params: Params) => {
      add(code, row, col, params);
      ok = false;
    };
    // Period.
    const pRaw = cells[pCol]!.trim();
    let period: Period | null = null;
    if (pRaw === "") fail("cell.required_empty", pCol, { name: periodColumn });
    else if (/^\d[.,]\d{3}$/.test(pRaw)) fail("period.excel_number", pCol, { value: pRaw, plain: pRaw.replace(/[.,]/, "") });
    else {
      period = parsePeriod(pRaw, periodColumn);
      if (!period) fail(EXCEL_DATE.test(pRaw) ? "period.excel_date" : "period.invalid", pCol, { value: pRaw, column: periodColumn });
      else if (period.year < YEAR_RANGE.min || period.year > YEAR_RANGE.max) {
        fail("period.year_range", pCol, { value: pRaw, year: period.year, min: YEAR_RANGE.min, max: YEAR_RANGE.max });
        period = null;
      } else if (wantKind && period.kind !== wantKind) {
        fail("period.frequency", pCol, {
          value: pRaw,
          column: periodColumn,
          frequency: meta!.frekuensi,
          form: PERIOD_FORM[wantKind],
          kind_id: KIND_WORDS[wantKind].id,
          kind_en: KIND_WORDS[wantKind].en,
          actual_id: FREQUENCY_WORDS[period.kind].id,
          actual_en: FREQUENCY_WORDS[period.kind].en,
        });
        period = null;
      } else {
        const current = periodOf(options.today, period.kind);
        if (period.start.getTime() > current.start.getTime()) {
          fail("period.future", pCol, { value: pRaw, current: current.code });
          period = null;
        }
      }
    }
    // Region.
    const rRaw = cells[rCol]!.trim();
    if (rRaw === "") fail("cell.required_empty", rCol, { name: "kode_wilayah" });
    else if (!regionCodes.has(rRaw)) {
      if (/^\d{1,2}[.,]\d{3}$/.test(rRaw) && regionCodes.has(rRaw.replace(/[.,]/, "")))
        fail("region.excel_number", rCol, { value: rRaw, plain: rRaw.replace(/[.,]/, "") });
      else fail("region.unknown", rCol, { value: rRaw, suggestion: nearest(rRaw, regionCodes) });
    }
    // Dimensions, and a key of their values (a total's `null` apart from any value) for sharing
    // their object and for the row's uniqueness.
    let dimValues: Record<string, string | null> = dimCols.length ? {} : NO_DIMS;
    let dimsKey = "";
    let dimsOk = true;
    for (const { dim, col } of dimCols) {
      const v = cells[col]!.trim();
      if (v === "") {
        dimValues[dim.kolom] = null;
        dimsKey += "\u0000";
      } else if (Object.hasOwn(dim.nilai, v)) {
        dimValues[dim.kolom] = v;
        dimsKey += `\u0000=${v}`;
      } else {
        const declared = Object.keys(dim.nilai);
        fail("dim.unknown_value", col, { value: v, column: dim.kolom, suggestion: nearest(v, declared), known: declared.join(", ") });
        dimsOk = false;
      }
    }
    // One object per combination of dimension values in a file, shared by its rows (see NO_DIMS).
    if (dimsOk && dimCols.length) {
      const held = dimsSeen.get(dimsKey);
      if (held) dimValues = held;
      else dimsSeen.set(dimsKey, (dimValues = Object.freeze(dimValues)));
    }
    // Value.
    const vRaw = cells[vCol]!.trim();
    let value: number | null = null;
    if (vRaw !== "") {
      const n = parseNumber(vRaw, table.delimiter);
      if (!n.ok) fail(n.code, vCol, n.params);
      else if (n.value < min || n.value > max) fail("value.out_of_range", vCol, { value: vRaw, min, max });
      else value = n.value;
    }
    // Notes (Indonesian, and English only beside an Indonesian one): trimmed text, never a formula.
    const noteIn = (col: number): { text: string | null; formula: boolean } => {
      if (col === -1) return { text: null, formula: false };
      const raw = cells[col]!;
      const ch = formulaStart(raw);
      if (ch) fail("note.formula", col, { value: raw, char: ch });
      return { text: raw.trim() === "" ? null : raw.trim(), formula: ch !== null };
    };
    const note = noteIn(nCol).text;
    const en = noteIn(enCol);
    const noteEn = en.text;
    if (noteEn !== null && note === null && !en.formula) fail("note.en_without_id", enCol, {});
    // Uniqueness of (period, region, dimensions).
    if (meta && period && rRaw !== "" && dimsOk) {
      const key = `${period.code}\u0000${rRaw}${dimsKey}`;
      const other = seen.get(key);
      if (other !== undefined) {
        problems.push({ code: "row.duplicate", file, row, params: { row, other } });
        ok = false;
      } else seen.set(key, row);
    }
    // Two literals rather than a spread of the optional field: a spread in a literal is slow, and this runs for every row.
    if (ok && period && meta)
      observations.push(noteEn !== null ? { period, region: rRaw, dims: dimValues, value, note, noteEn, row } : { period, region: rRaw, dims: dimValues, value, note, row });
  }

  return { observations: sortObservations(observations), periodColumn };
}

/**
 * The observations in the order pages and files print them: by period (`comparePeriods`), then
 * region code, then dimension values (their JSON), the texts by `localeCompare`; rows equal in
 * all three keep their order. A file has a few dozen distinct periods, regions and combinations of
 * dimension values (observations share those objects): each is ranked once, and the rows are
 * sorted by their ranks, numbers only. (Comparing the rows' texts at every step of the sort, as
 * before, took 0.3–0.4 s for the 1,000 files of the bench's largest case; this, about 0.1 s.)
 */
export function sortObservations(observations: readonly Observation[]): Observation[] {
  const periods = rank(observations.map((o) => o.period), comparePeriods);
  const regions = rank(observations.map((o) => o.region), (a, b) => a.localeCompare(b));
  const dims = rank(observations.map((o) => o.dims), (a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const n = observations.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = observations[i]!;
    keys[i] = (periods.get(o.period)! * regions.size + regions.get(o.region)!) * dims.size + dims.get(o.dims)!;
  }
  // Stable: rows with the same key stay in the file's order. A file that fills its table of
  // periods × regions × dimension values (as most do) is sorted by counting; a sparse one (its keys'
  // range many times its rows) by comparison.
  const range = periods.size * regions.size * dims.size;
  if (range > 4 * n + 1024) return [...keys.keys()].sort((a, b) => keys[a]! - keys[b]!).map((i) => observations[i]!);
  const counts = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) counts[keys[i]! + 1]!++;
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  const out = new Array<Observation>(n);
  for (let i = 0; i < n; i++) out[counts[keys[i]!]!++] = observations[i]!;
  return out;
}

/** Each distinct value's rank in the order of `compare` (values it calls equal share a rank). */
function rank<T>(values: Iterable<T>, compare: (a: T, b: T) => number): Map<T, number> {
  const sorted = [...new Set(values)].sort(compare);
  const out = new Map<T, number>();
  sorted.forEach((v, i) => out.set(v, i > 0 && compare(sorted[i - 1]!, v) === 0 ? out.get(sorted[i - 1]!)! : i));
  return out;
}
