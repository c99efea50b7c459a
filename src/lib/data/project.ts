/**
 * Validates a whole project (`data/` and `content/`) and, when nothing is wrong, returns the site
 * data every page reads. Node only (reads files); the checks themselves live in the pure modules.
 */
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkIndicatorCsv } from "./indicator-csv.ts";
import { checkRegions } from "./regions.ts";
import { csvTooLarge } from "./csv.ts";
import { checkYaml } from "./yaml.ts";
import { nearest, isWarning, type Problem } from "./errors.ts";
import { indicatorMeta, META_FIELD_FORMS, ID_PATTERN, type IndicatorMeta, type LocalText } from "./schema/indicator-meta.ts";
import { policyFrontmatter, POLICY_FIELD_FORMS, CHART_KINDS, MDX_COMPONENTS, type PolicyFrontmatter } from "./schema/policy.ts";
import { parsePolicyMdx, MdxSyntaxError, type Embed, type DocHeading, type ParsedPolicy } from "./policy-mdx.ts";
import { decodeDocument, ignoredPolicyEntry, slugOfName } from "./policy-files.ts";
import { checkKeptVersions } from "./policy-kept.ts";
import { siteConfig, SITE_FIELD_FORMS, glossary as glossarySchema, GLOSSARY_FIELD_FORMS, themes as themesSchema, THEME_FIELD_FORMS, type SiteConfig, type GlossaryEntry, type Theme } from "./schema/site.ts";
import { staleness } from "./staleness.ts";
import { formulaStart } from "./formula.ts";
import { idClashes, RESERVED_IDS } from "./names.ts";
import type { Indicator, Region } from "./model.ts";
import { checkRecommendations } from "./recommendations.ts";

export type { Embed, DocHeading } from "./policy-mdx.ts";

export interface PolicyDoc {
  readonly slug: string;
  /** Path relative to the project root. */
  readonly file: string;
  readonly fm: PolicyFrontmatter;
  /** Indicator and chart components used in the body, in order, with their lines in the file. */
  readonly embeds: readonly Embed[];
  /** Headings of the body, in order, with the ids the page gives them (its table of contents). */
  readonly headings: readonly DocHeading[];
  /** Footnotes the text refers to (the page then ends with a footnotes section). */
  readonly footnotes: readonly string[];
  /** Words in the body, for reading time. */
  readonly words: number;
  /** Line of `terjemahan:` in the file, for the translation checks' messages. */
  readonly translationLine?: number;
}

export interface Site {
  readonly config: SiteConfig;
  readonly regions: readonly Region[];
  readonly indicators: readonly Indicator[];
  readonly policies: readonly PolicyDoc[];
  readonly glossary: readonly GlossaryEntry[];
  readonly themes: readonly Theme[];
  readonly today: Date;
}

export interface Validation {
  /** `null` when any error (not warning) was found. */
  readonly site: Site | null;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly stats: { indicators: number; observations: number; documents: number; regions: number };
}

export interface ValidateOptions {
  readonly today: Date;
}

const rel = (...p: string[]) => p.join("/");

function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith(".")).sort() : [];
}

/**
 * The text of a YAML file, strictly UTF-8 (a file saved in an old encoding would otherwise be read
 * with its accented letters silently replaced), without a BOM; null (and a problem) when it is not.
 */
function readUtf8(path: string, file: string, problems: Problem[]): string | null {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // The line of the first bad byte: the valid text before it, decoded leniently.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const at = lenient.indexOf("\uFFFD");
    const line = lenient.slice(0, at === -1 ? 0 : at).split(/\r\n|\n|\r/).length;
    problems.push({ code: "yaml.not_utf8", file, line, params: {} });
    return null;
  }
}

/**
 * The glossary as validateProject reads it, alone: what the build's Markdown compiler needs while
 * the rest of the project is still being validated (scripts/build.ts). A glossary with errors
 * fails the validation, and the build stops before anything it compiled is published.
 */
export function readGlossary(root: string): readonly GlossaryEntry[] {
  return readYamlFile<GlossaryEntry[]>(root, "data/glosarium.yml", glossarySchema, GLOSSARY_FIELD_FORMS, [], false).value ?? [];
}

function readYamlFile<T>(root: string, file: string, schema: Parameters<typeof checkYaml>[2], forms: Parameters<typeof checkYaml>[3], problems: Problem[], required: boolean): { value: T | null; lineOf: (path: readonly PropertyKey[]) => number | undefined } {
  const path = join(root, file);
  const none = { value: null, lineOf: () => undefined };
  if (!existsSync(path)) {
    if (required) problems.push({ code: "file.missing", file, params: { name: file } });
    return none;
  }
  const text = readUtf8(path, file, problems);
  if (text === null) return none;
  const r = checkYaml(text, file, schema, forms);
  problems.push(...r.problems);
  return { value: r.value as T | null, lineOf: r.lineOf };
}

/** What `data/` holds besides `indicators/`: anything else there is never read. */
const DATA_ROOT_FILES = ["regions.csv", "situs.yml", "glosarium.yml", "tema.yml"] as const;

/**
 * Files under `data/` that nothing reads (a `*.CSV`, a `situs.yaml`, an Excel workbook, a stray
 * folder): each would be silently ignored, so each is an error saying what to do with it.
 */
function ignoredDataFiles(root: string, problems: Problem[]): void {
  const dataDir = join(root, "data");
  for (const f of listFiles(dataDir)) {
    if ((DATA_ROOT_FILES as readonly string[]).includes(f) || f === "indicators") continue;
    const lower = f.toLowerCase().replace(/\.yaml$/, ".yml");
    const rename = (DATA_ROOT_FILES as readonly string[]).includes(lower) ? lower : lower === "indicators" ? "indicators" : undefined;
    problems.push({ code: "file.ignored", file: rel("data", f), params: { name: f, rename, expected: `${DATA_ROOT_FILES.join(", ")}, indicators/` } });
  }
  const indDir = join(dataDir, "indicators");
  for (const f of listFiles(indDir)) {
    const m = /^(.*)\.(csv|yml|yaml)$/i.exec(f);
    const isDir = statSync(join(indDir, f)).isDirectory();
    if (m && !isDir && m[2] === m[2]!.toLowerCase()) continue;
    // A right name but for the case of its extension: say which name it needs.
    const rename = m && !isDir && ID_PATTERN.test(m[1]!) ? `${m[1]}.${m[2]!.toLowerCase()}` : undefined;
    problems.push({ code: "file.ignored", file: rel("data", "indicators", f), params: { name: f, rename, expected: "<id>.csv, <id>.yml" } });
  }
}

function untranslated(text: LocalText | undefined, file: string, field: string, out: Problem[]) {
  if (text && !text.en) out.push({ code: "warn.untranslated", file, field, params: { field } });
}

/** Checks everything under `root/data` and `root/content`; never throws on bad input. */
export function validateProject(root: string, options: ValidateOptions): Validation {
  const problems: Problem[] = [];
  const today = options.today;

  // Regions.
  const regionsFile = rel("data", "regions.csv");
  let regions: Region[] = [];
  if (existsSync(join(root, regionsFile))) {
    const r = checkRegions(readFileSync(join(root, regionsFile)), regionsFile);
    regions = r.regions;
    problems.push(...r.problems);
  } else problems.push({ code: "file.missing", file: regionsFile, params: { name: regionsFile } });
  const regionCodes = new Set(regions.map((r) => r.code));

  // Indicators: pair every CSV with its YAML.
  const indDir = join(root, "data", "indicators");
  const files = listFiles(indDir);
  const named = new Set(files);
  const ids = new Set<string>();
  ignoredDataFiles(root, problems);
  for (const f of files) {
    // Other extensions, and upper-case ones, are reported by ignoredDataFiles.
    const m = /^(.*)\.(csv|yml|yaml)$/.exec(f);
    if (!m || statSync(join(indDir, f)).isDirectory()) continue;
    if (!ID_PATTERN.test(m[1]!)) {
      problems.push({ code: "file.bad_name", file: rel("data", "indicators", f), params: { name: f } });
      continue;
    }
    ids.add(m[1]!);
  }
  // Ids that would collide with the site's own pages and files, or with another indicator's files.
  const clashing = new Set<string>();
  const clashOf = idClashes(ids);
  for (const id of ids) {
    const clash = clashOf(id);
    if (!clash) continue;
    clashing.add(id);
    const file = rel("data", "indicators", named.has(`${id}.csv`) ? `${id}.csv` : named.has(`${id}.yml`) ? `${id}.yml` : `${id}.yaml`);
    problems.push({ code: "file.reserved_id", file, params: { id, clash_id: clash.id, clash_en: clash.en, reserved: RESERVED_IDS.join(", ") } });
  }
  const indicators: Indicator[] = [];
  for (const id of [...ids].sort()) {
    const csvFile = rel("data", "indicators", `${id}.csv`);
    const ymlName = named.has(`${id}.yml`) ? `${id}.yml` : named.has(`${id}.yaml`) ? `${id}.yaml` : null;
    const hasCsv = named.has(`${id}.csv`);
    if (!ymlName) {
      problems.push({ code: "file.missing_yml", file: csvFile, params: { id } });
      continue;
    }
    const ymlFile = rel("data", "indicators", ymlName);
    if (ymlName === `${id}.yml` && named.has(`${id}.yaml`))
      problems.push({ code: "file.duplicate_meta", file: rel("data", "indicators", `${id}.yaml`), params: { id, names: `${id}.yml, ${id}.yaml` } });
    if (!hasCsv) {
      problems.push({ code: "file.missing_csv", file: ymlFile, params: { id } });
      continue;
    }
    const ymlText = readUtf8(join(root, ymlFile), ymlFile, problems);
    const yml = ymlText === null ? null : checkYaml(ymlText, ymlFile, indicatorMeta, META_FIELD_FORMS);
    if (yml) problems.push(...yml.problems);
    const meta = (yml?.value ?? null) as IndicatorMeta | null;
    if (meta && yml) problems.push(...checkMeta(meta, id, ymlFile, yml.lineOf));
    // A file over the size limit is refused without being read (src/lib/data/csv.ts, CSV_LIMITS).
    const tooLarge = csvTooLarge(csvFile, statSync(join(root, csvFile)).size);
    if (tooLarge) {
      problems.push(tooLarge);
      continue;
    }
    const bytes = readFileSync(join(root, csvFile));
    const checked = checkIndicatorCsv(bytes, csvFile, meta, regions, { today });
    problems.push(...checked.problems);
    if (meta && checked.problems.length === 0 && !clashing.has(id)) {
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
      indicators.push({ meta, periodColumn: checked.periodColumn, observations: checked.observations, csvFile, csvText: text });
    }
  }
  const knownIds = new Set([...ids]);

  // Site configuration, glossary, themes.
  const config = readYamlFile<SiteConfig>(root, "data/situs.yml", siteConfig, SITE_FIELD_FORMS, problems, true).value;
  const glossaryFile = readYamlFile<GlossaryEntry[]>(root, "data/glosarium.yml", glossarySchema, GLOSSARY_FIELD_FORMS, problems, false);
  const glossary = glossaryFile.value ?? [];
  const themes = readYamlFile<Theme[]>(root, "data/tema.yml", themesSchema, THEME_FIELD_FORMS, problems, false).value ?? [];
  // One entry per term (the glossary page and the search index would show both, the links one).
  const terms = new Map<string, number>();
  glossary.forEach((g, i) => {
    const key = g.istilah.trim().toLocaleLowerCase("id");
    const first = terms.get(key);
    const line = glossaryFile.lineOf([i, "istilah"]);
    if (first === undefined) return void terms.set(key, i);
    problems.push({ code: "glossary.duplicate", file: "data/glosarium.yml", ...(line !== undefined ? { line } : {}), field: `${i}.istilah`, params: { value: g.istilah, other: glossaryFile.lineOf([first, "istilah"]) ?? first + 1 } });
  });
  config?.utama.forEach((id, i) => {
    if (!knownIds.has(id)) problems.push({ code: "policy.unknown_indicator", file: "data/situs.yml", field: `utama.${i}`, params: { value: id, suggestion: nearest(id, knownIds) } });
  });
  themes.forEach((t, ti) =>
    t.indikator.forEach((id, i) => {
      if (!knownIds.has(id)) problems.push({ code: "policy.unknown_indicator", file: "data/tema.yml", field: `${ti}.indikator.${i}`, params: { value: id, suggestion: nearest(id, knownIds) } });
    }),
  );

  // Policy documents.
  const polDir = join(root, "content", "policies");
  const policies: PolicyDoc[] = [];
  // Documents that exist but failed their own checks: a translation pointing at one of them is not
  // reported again (its own errors are).
  const failedSlugs = new Set<string>();
  const polEntries = listFiles(polDir);
  for (const f of polEntries) {
    const file = rel("content", "policies", f);
    const m = /^(.*)\.mdx$/.exec(f);
    const isDir = statSync(join(polDir, f)).isDirectory();
    // The build reads `*.mdx` only: any other file here would silently be left out.
    if (!m || isDir) {
      const p = ignoredPolicyEntry(f, isDir, polEntries, file);
      problems.push(p);
      if (p.code === "policy.not_mdx") failedSlugs.add(slugOfName(f));
      continue;
    }
    if (!ID_PATTERN.test(m[1]!)) {
      problems.push({ code: "file.bad_name", file, params: { name: f } });
      continue;
    }
    const decoded = decodeDocument(readFileSync(join(polDir, f)));
    if ("badLine" in decoded) {
      problems.push({ code: "policy.not_utf8", file, line: decoded.badLine, params: {} });
      failedSlugs.add(m[1]!);
      continue;
    }
    const doc = checkPolicy(decoded.text, file, m[1]!, { regionCodes, knownIds }, problems);
    if (doc) policies.push(doc);
    else failedSlugs.add(m[1]!);
  }
  const bySlug = new Map(policies.map((p) => [p.slug, p]));
  for (const p of policies) {
    const t = p.fm.terjemahan;
    if (!t || failedSlugs.has(t)) continue;
    const other = bySlug.get(t);
    const reason = !other
      ? ["dokumen itu tidak ada", "that document does not exist"]
      : other.fm.bahasa === p.fm.bahasa
        ? ["bahasanya sama dengan dokumen ini", "it is in the same language as this document"]
        : other.fm.terjemahan !== p.slug
          ? ["dokumen itu tidak menunjuk balik ke dokumen ini", "it does not point back to this document"]
          : null;
    if (reason)
      problems.push({ code: "policy.translation", file: p.file, ...(p.translationLine !== undefined ? { line: p.translationLine } : {}), field: "terjemahan", params: { value: t, reason_id: reason[0], reason_en: reason[1] } });
  }

  // Kept copies of earlier versions, for the version comparison pages.
  problems.push(...checkKeptVersions(root, policies, failedSlugs));

  // Warnings: overdue data, missing translations.
  for (const p of policies) {
    if (p.fm.terjemahan) continue;
    const other = p.fm.bahasa === "id" ? "en" : "id";
    const names = { id: { id: "bahasa Indonesia", en: "Indonesian" }, en: { id: "bahasa Inggris", en: "English" } } as const;
    problems.push({ code: "warn.policy_untranslated", file: p.file, params: { other, other_id: names[other].id, other_en: names[other].en, lang_id: names[p.fm.bahasa].id, lang_en: names[p.fm.bahasa].en } });
  }
  for (const ind of indicators) {
    const s = staleness(ind, today);
    if (s.overdue)
      problems.push({ code: "warn.overdue", file: ind.csvFile, params: { latest: s.latest?.code ?? "—", expected: s.expected.code } });
    const ymlFile = ind.csvFile.replace(/\.csv$/, ".yml");
    const m = ind.meta;
    for (const [field, text] of [["judul", m.judul], ["deskripsi", m.deskripsi], ["metode", m.metode], ["sumber", m.sumber]] as const)
      untranslated(text, ymlFile, field, problems);
  }

  // Stable order for readers: by file, then by row or line (file-level problems first).
  // "N more errors not shown" closes its file's list.
  const pos = (p: Problem) => (p.code === "file.too_many_errors" ? Number.MAX_SAFE_INTEGER : (p.row ?? p.line ?? 0));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : pos(a) - pos(b)));
  const errors = problems.filter((p) => !isWarning(p));
  const warnings = problems.filter(isWarning);
  const stats = {
    indicators: indicators.length,
    observations: indicators.reduce((n, i) => n + i.observations.length, 0),
    documents: policies.length,
    regions: regions.length,
  };
  const site =
    errors.length === 0 && config
      ? { config, regions, indicators, policies, glossary, themes, today }
      : null;
  return { site, errors, warnings, stats };
}

/** Cross-field checks of indicator metadata that a schema cannot express. */
function checkMeta(meta: IndicatorMeta, id: string, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  const out: Problem[] = [];
  const at = (...path: PropertyKey[]) => {
    const line = lineOf(path);
    return { file, ...(line !== undefined ? { line } : {}), field: path.join(".") };
  };
  if (meta.id !== id) out.push({ code: "meta.id_mismatch", ...at("id"), params: { value: meta.id, expected: id } });
  const [min, max] = meta.rentang;
  const kategori = meta.kategori ?? [];
  const bands = [...kategori].sort((a, b) => a.dari - b.dari);
  bands.forEach((b, i) => {
    const where = at("kategori", kategori.indexOf(b));
    if (b.dari < min || b.sampai > max)
      out.push({ code: "meta.band_range", ...where, params: { code: b.kode, from: b.dari, to: b.sampai, min, max } });
    const next = bands[i + 1];
    if (next && next.dari <= b.sampai) out.push({ code: "meta.band_overlap", ...where, params: { code: b.kode, other: next.kode } });
  });
  // Texts that reach downloaded CSV files (titles, labels) must not start a spreadsheet formula.
  const texts: [PropertyKey[], LocalText][] = [
    [["judul"], meta.judul],
    ...kategori.map((b, i): [PropertyKey[], LocalText] => [["kategori", i, "label"], b.label]),
    ...(meta.dimensi ?? []).flatMap((d, i): [PropertyKey[], LocalText][] => [
      [["dimensi", i, "label"], d.label],
      ...Object.entries(d.nilai).map(([k, v]): [PropertyKey[], LocalText] => [["dimensi", i, "nilai", k], v]),
    ]),
  ];
  for (const [path, text] of texts)
    for (const lang of ["id", "en"] as const) {
      const value = text[lang];
      const sign = value === undefined ? null : formulaStart(value);
      if (sign) out.push({ code: "text.formula", ...at(...path, lang), params: { value, char: sign } });
    }
  // The contract's own columns, and nama_wilayah, which the published CSVs add after kode_wilayah.
  const reserved = ["tahun", "periode", "kode_wilayah", "nama_wilayah", "nilai", "catatan", "catatan_en"];
  const seen = new Set<string>();
  (meta.dimensi ?? []).forEach((d, i) => {
    if (reserved.includes(d.kolom)) out.push({ code: "meta.dim_reserved", ...at("dimensi", i, "kolom"), params: { name: d.kolom } });
    if (seen.has(d.kolom)) out.push({ code: "meta.dim_duplicate", ...at("dimensi", i, "kolom"), params: { name: d.kolom } });
    seen.add(d.kolom);
  });
  return out;
}

/** Frontmatter + component references of one MDX document, from its syntax tree (parsed once). */
export function checkPolicy(
  source: string,
  file: string,
  slug: string,
  known: { regionCodes: Set<string>; knownIds: Set<string> },
  problems: Problem[],
): PolicyDoc | null {
  let parsed: ParsedPolicy;
  try {
    parsed = parsePolicyMdx(source);
  } catch (e) {
    if (!(e instanceof MdxSyntaxError)) throw e;
    problems.push({ code: "policy.mdx_syntax", file, line: e.line, params: { reason: e.reason } });
    return null;
  }
  if (!parsed.frontmatter) {
    problems.push({ code: "policy.no_frontmatter", file, line: 1, params: {} });
    return null;
  }
  const r = checkYaml(parsed.frontmatter.yaml, file, policyFrontmatter, POLICY_FIELD_FORMS, parsed.frontmatter.line);
  problems.push(...r.problems);
  const fm = r.value;
  const before = problems.length;
  // Frontmatter problems name the file, the line and the field.
  const at = (...path: PropertyKey[]) => {
    const line = r.lineOf(path);
    return { file, ...(line !== undefined ? { line } : {}), field: path.join(".") };
  };
  if (fm) {
    if (!known.regionCodes.has(fm.wilayah)) problems.push({ code: "policy.unknown_region", ...at("wilayah"), params: { value: fm.wilayah } });
    fm.indikator.forEach((id, i) => {
      if (!known.knownIds.has(id)) problems.push({ code: "policy.unknown_indicator", ...at("indikator", i), params: { value: id, suggestion: nearest(id, known.knownIds) } });
    });
    problems.push(...checkRecommendations(fm, at, known.knownIds));
    const last = fm.riwayat[fm.riwayat.length - 1]!;
    const sorted = fm.riwayat.every((h, i) => i === 0 || fm.riwayat[i - 1]!.tanggal <= h.tanggal);
    if (!sorted) problems.push({ code: "policy.history", ...at("riwayat"), params: { reason_id: "tanggal tidak urut dari yang terlama", reason_en: "dates are not oldest first" } });
    else if (last.versi !== fm.versi || last.tanggal !== fm.tanggal)
      problems.push({ code: "policy.history", ...at("riwayat"), params: { reason_id: `entri terakhir (${last.versi}, ${last.tanggal}) bukan versi ${fm.versi} tanggal ${fm.tanggal}`, reason_en: `the last entry (${last.versi}, ${last.tanggal}) is not version ${fm.versi} of ${fm.tanggal}` } });
  }

  // Documents run no code: no import/export, no {…}, no unknown component, only inert HTML.
  for (const u of parsed.unsafe) problems.push({ code: u.code, file, line: u.line, params: u.params });

  // Components in the body (the syntax tree's JSX elements: never code or comments), with their lines.
  for (const { tag, attrs, dynamic, line } of parsed.embeds) {
    const at = { file, line };
    const spec = MDX_COMPONENTS[tag];
    // The page draws each component from the build's data, so what it shows must be written out.
    const unreadable = dynamic.filter((a) => a.startsWith("{") || (spec.required as readonly string[]).includes(a) || (spec.optional as readonly string[]).includes(a));
    for (const attr of unreadable) problems.push({ code: "policy.component_literal", ...at, params: { tag, attr } });
    if (!attrs.id) {
      if (!dynamic.includes("id")) problems.push({ code: "policy.component_attr", ...at, params: { tag, attr: "id" } });
      continue;
    }
    if (!known.knownIds.has(attrs.id))
      problems.push({ code: "policy.unknown_indicator", ...at, params: { value: attrs.id, suggestion: nearest(attrs.id, known.knownIds) } });
    else if (fm && !fm.indikator.includes(attrs.id)) problems.push({ code: "policy.uncited", ...at, params: { value: attrs.id } });
    if (attrs.wilayah !== undefined && !known.regionCodes.has(attrs.wilayah))
      problems.push({ code: "policy.unknown_region", ...at, params: { value: attrs.wilayah } });
    if (tag === "Chart" && attrs.jenis !== undefined && !(CHART_KINDS as readonly string[]).includes(attrs.jenis))
      problems.push({ code: "policy.unknown_chart", ...at, params: { value: attrs.jenis, known: CHART_KINDS.join(", ") } });
  }
  if (!fm || problems.slice(before).some((p) => !isWarning(p))) return null;
  const translationLine = r.lineOf(["terjemahan"]);
  return { slug, file, fm, embeds: parsed.embeds, headings: parsed.headings, footnotes: parsed.footnotes, words: parsed.words, ...(translationLine !== undefined ? { translationLine } : {}) };
}
