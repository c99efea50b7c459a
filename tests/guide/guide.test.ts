/**
 * The staff guide's content (src/lib/data/guide.ts) covers every constant it is built from, in
 * both languages, and the examples it shows are what the real checker accepts or reports.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  guide,
  catalogueRows,
  spans,
  overdueIndicators,
  EXAMPLE_PARAMS,
  EXAMPLE_YAML,
  EXAMPLE_CSV,
  EXAMPLE_CSV_SEMICOLON,
  EXAMPLE_POLICY,
  EXAMPLE_BANDS,
  type Block,
  type Guide,
  type Section,
} from "../../src/lib/data/guide.ts";
import { CATALOGUE, type ErrorCode, type Problem } from "../../src/lib/data/errors.ts";
import { INDICATOR_COLUMNS, checkIndicatorCsv } from "../../src/lib/data/indicator-csv.ts";
import { REGION_COLUMNS } from "../../src/lib/data/regions.ts";
import { parseNumber } from "../../src/lib/data/csv.ts";
import { checkYaml } from "../../src/lib/data/yaml.ts";
import { checkPolicy } from "../../src/lib/data/project.ts";
import { indicatorMeta, META_FIELD_FORMS, UNITS, FREQUENCIES, type IndicatorMeta } from "../../src/lib/data/schema/indicator-meta.ts";
import { policyFrontmatter, POLICY_FIELD_FORMS, CHART_KINDS, MDX_COMPONENTS } from "../../src/lib/data/schema/policy.ts";
import { siteConfig, SITE_FIELD_FORMS, glossaryEntry, GLOSSARY_FIELD_FORMS, theme, THEME_FIELD_FORMS } from "../../src/lib/data/schema/site.ts";
import { PUBLICATION_LAG_MONTHS } from "../../src/lib/data/staleness.ts";
import { parsePeriod } from "../../src/lib/data/period.ts";
import type { Indicator, Lang } from "../../src/lib/data/model.ts";

const LANGS: readonly Lang[] = ["id", "en"];
const CODES = Object.keys(CATALOGUE) as ErrorCode[];

/** Every string of a guide: titles, paragraphs, list items, code blocks, captions, cells. */
function texts(g: Guide): string[] {
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case "p":
        return [b.text];
      case "ol":
      case "ul":
        return [...b.items];
      case "pre":
        return [b.label, b.text];
      case "table":
        return [b.table.caption, ...b.table.head, ...b.table.rows.flat().map((c) => (typeof c === "string" ? c : c.code))];
    }
  };
  const section = (s: Section): string[] => [s.title, ...s.blocks.flatMap(block), ...s.sections.flatMap(section)];
  return [g.title, ...g.intro, ...g.sections.flatMap(section)];
}
const allText = (lang: Lang) => texts(guide(lang)).join("\n");
/** The text as a reader sees it: backticks of code spans removed. */
const plain = (s: string) => spans(s).map((x) => x.text).join("");

const tables = (g: Guide) => {
  const out: Extract<Block, { kind: "table" }>["table"][] = [];
  const walk = (s: Section) => {
    for (const b of s.blocks) if (b.kind === "table") out.push(b.table);
    s.sections.forEach(walk);
  };
  g.sections.forEach(walk);
  return out;
};
const firstColumn = (g: Guide) => new Set(tables(g).flatMap((t) => t.rows.map((r) => (typeof r[0] === "string" ? plain(r[0]!) : r[0]!.code))));

describe.each(LANGS)("guide(%s)", (lang) => {
  const g = guide(lang);
  const text = allText(lang);
  const rowHeads = firstColumn(g);

  it("has every catalogue code, with its example, its rendered message and its fix", () => {
    const rows = catalogueRows(lang);
    expect(rows.map((r) => r.code)).toEqual(CODES);
    for (const r of rows) {
      expect(rowHeads, r.code).toContain(r.code);
      if (r.example !== "") expect(text, r.code).toContain(r.example);
      expect(text, r.code).toContain(r.what);
      expect(text, r.code).toContain(r.fix);
    }
  });

  it("renders every example message with all its parameters", () => {
    for (const r of catalogueRows(lang)) {
      for (const s of [r.what, r.fix]) {
        // An empty parameter would show as `""` after a space (`Kolom "" tidak dikenal`).
        expect(s, r.code).not.toMatch(/undefined|NaN|\[object| ""[ .,:;]/);
        expect(s.trim(), r.code).not.toBe("");
      }
    }
  });

  it("documents every column of regions.csv and of an indicator CSV", () => {
    for (const c of [...REGION_COLUMNS, ...INDICATOR_COLUMNS]) {
      expect(rowHeads, c.name).toContain(c.name);
      expect(text, c.name).toContain(c[lang]);
    }
  });

  it("documents every field of the indicator YAML, policy frontmatter, situs.yml, glosarium.yml and tema.yml", () => {
    const all: Record<string, { id: string; en: string }>[] = [META_FIELD_FORMS, POLICY_FIELD_FORMS, SITE_FIELD_FORMS, GLOSSARY_FIELD_FORMS, THEME_FIELD_FORMS];
    for (const forms of all)
      for (const [field, form] of Object.entries(forms)) {
        expect(rowHeads, field).toContain(field);
        expect(text, field).toContain(form[lang]);
      }
  });

  it("lists every unit, frequency (with its publication lag), chart kind and MDX component", () => {
    for (const u of UNITS) expect(rowHeads).toContain(u);
    for (const f of FREQUENCIES) expect(text).toContain(`\`${f}\``);
    for (const n of Object.values(PUBLICATION_LAG_MONTHS)) expect(text).toMatch(new RegExp(`\\b${n} (bulan|months?) `));
    for (const k of CHART_KINDS) expect(text).toContain(`\`${k}\``);
    for (const [name, c] of Object.entries(MDX_COMPONENTS)) {
      expect(rowHeads).toContain(`<${name}>`);
      for (const a of [...c.required, ...c.optional]) expect(text).toContain(`${a}="`);
    }
  });

  it("shows the period forms as the parser reads them", () => {
    const periods = tables(g).find((t) => t.rows.some((r) => typeof r[1] !== "string" && r[1]!.code === "2024-S1"))!;
    expect(periods.rows).toHaveLength(4);
    for (const r of periods.rows) expect(parsePeriod((r[1] as { code: string }).code)).not.toBeNull();
  });

  it("has balanced code spans everywhere", () => {
    for (const s of texts(g)) expect((s.match(/`/g) ?? []).length % 2, s).toBe(0);
  });

  it("has the step-by-step flow and the band rule", () => {
    for (const needle of ["CSV UTF-8", "diperbarui", "npm run validate", "npm run build", "dist/", "pull request"]) expect(text).toContain(needle);
    const bandTable = tables(g).find((t) => t.rows.some((r) => typeof r[0] !== "string" && r[0]!.code === "76.605"))!;
    // A value in the gap between C (…76.60) and B (76.61…) rounds into B.
    expect(plain(bandTable.rows[0]![2] as string)).toMatch(/^B /);
  });
});

describe("both languages", () => {
  it("have the same structure (section ids, tables, rows)", () => {
    const shape = (g: Guide) => {
      const s = (x: Section): unknown => ({ id: x.id, blocks: x.blocks.map((b) => (b.kind === "table" ? [b.kind, b.table.head.length, b.table.rows.length] : b.kind === "ol" || b.kind === "ul" ? [b.kind, b.items.length] : b.kind)), sub: x.sections.map(s) });
      return g.sections.map(s);
    };
    expect(shape(guide("en"))).toEqual(shape(guide("id")));
  });

  it("differ in language", () => {
    expect(guide("id").title).toBe("Panduan memperbarui data");
    expect(guide("en").title).toBe("Guide to updating the data");
  });
});

describe("the field tables match the schemas", () => {
  const cases: [string, { shape: Record<string, z.ZodType> }, Record<string, { id: string; en: string; required?: boolean }>][] = [
    ["indicator YAML", indicatorMeta, META_FIELD_FORMS],
    ["policy frontmatter", policyFrontmatter, POLICY_FIELD_FORMS],
    ["situs.yml", siteConfig, SITE_FIELD_FORMS],
    ["glosarium.yml", glossaryEntry, GLOSSARY_FIELD_FORMS],
    ["tema.yml", theme, THEME_FIELD_FORMS],
  ];
  it.each(cases)("%s: every schema field has a documented form, and nothing else", (_name, schema, forms) => {
    expect(Object.keys(forms).sort()).toEqual(Object.keys(schema.shape).sort());
    for (const [field, form] of Object.entries(forms))
      if (form.required !== undefined) expect(!schema.shape[field]!.safeParse(undefined).success, field).toBe(form.required);
  });
});

describe("the examples the guide shows are real", () => {
  const meta = checkYaml(EXAMPLE_YAML, "data/indicators/partisipasi-pelatihan.yml", indicatorMeta, META_FIELD_FORMS);
  const regions = [
    { code: "13", name: "Sumatera Barat", kind: "provinsi" as const, parent: null },
    { code: "1373", name: "Kota Sawahlunto", kind: "kota" as const, parent: "13" },
  ];
  const today = new Date("2026-11-23T00:00:00Z");

  it("the indicator YAML passes and sets every field", () => {
    expect(meta.problems).toEqual([]);
    expect(Object.keys(meta.value!).sort()).toEqual(Object.keys(META_FIELD_FORMS).sort());
  });

  it("the CSV, comma- and semicolon-delimited, passes and reads the same", () => {
    const read = (text: string) => checkIndicatorCsv(new TextEncoder().encode(text), "data/indicators/partisipasi-pelatihan.csv", meta.value as IndicatorMeta, regions, { today });
    const comma = read(EXAMPLE_CSV);
    const semi = read(EXAMPLE_CSV_SEMICOLON);
    expect(comma.problems).toEqual([]);
    expect(semi.problems).toEqual([]);
    const values = (r: typeof comma) => r.observations.map((o) => [o.period.code, o.dims.modalitas, o.value]);
    const firstRows = (r: typeof comma) => values({ ...r, observations: r.observations.filter((o) => o.row <= 3) });
    expect(values(semi)).toEqual(firstRows(comma));
    expect(values(semi)).toHaveLength(2);
  });

  it("the policy document passes", () => {
    const problems: Problem[] = [];
    const doc = checkPolicy(EXAMPLE_POLICY, "content/policies/contoh.mdx", "contoh", { regionCodes: new Set(["13", "1373"]), knownIds: new Set(["partisipasi-pelatihan", "ikm"]) }, problems);
    expect(problems).toEqual([]);
    expect(doc).not.toBeNull();
  });

  it("the IKM bands are valid bands", () => {
    const r = checkYaml(EXAMPLE_YAML.replace(/kategori:\n(  - .*\n)+/, `kategori:\n${EXAMPLE_BANDS.map((b) => `  - { dari: ${b.dari}, sampai: ${b.sampai}, kode: ${b.kode}, label: { id: "${b.label.id}", en: "${b.label.en}" } }\n`).join("")}`).replace("rentang: [0, 100]", "rentang: [25, 100]"), "x.yml", indicatorMeta, META_FIELD_FORMS);
    expect(r.problems).toEqual([]);
  });

  it("number examples give the code they illustrate", () => {
    for (const code of ["value.placeholder", "value.excel_error", "value.percent"] as const) {
      const r = parseNumber(CATALOGUE[code].example, ",");
      expect(r.ok ? null : r.code, code).toBe(code);
    }
    const dm = parseNumber(CATALOGUE["value.decimal_mark"].example, ";");
    expect(dm.ok ? null : dm.code).toBe("value.decimal_mark");
  });

  it("every catalogue code has example parameters, and nothing else does", () => {
    expect(Object.keys(EXAMPLE_PARAMS).sort()).toEqual([...CODES].sort());
  });
});

describe("spans", () => {
  it("splits code spans and leaves unbalanced backticks alone", () => {
    expect(spans("a `b` c")).toEqual([{ text: "a ", code: false }, { text: "b", code: true }, { text: " c", code: false }]);
    expect(spans("a `b")).toEqual([{ text: "a `b", code: false }]);
  });
});

describe("overdueIndicators", () => {
  const ind = (id: string, frekuensi: "tahunan" | "bulanan", periods: string[]): Indicator =>
    ({
      meta: { id, frekuensi } as IndicatorMeta,
      periodColumn: "periode",
      csvFile: `data/indicators/${id}.csv`,
      csvText: "",
      observations: periods.map((p, i) => ({ period: parsePeriod(p)!, region: "1373", dims: {}, value: 1, note: null, row: i + 2 })),
    }) as Indicator;

  it("lists indicators whose latest period is older than the one due, with both periods", () => {
    const today = new Date("2026-11-23T00:00:00Z");
    const rows = overdueIndicators([ind("fresh", "tahunan", ["2024", "2025"]), ind("late", "tahunan", ["2023", "2024"]), ind("empty", "bulanan", [])], today);
    expect(rows.map((r) => [r.indicator.meta.id, r.latest?.code ?? null, r.expected.code])).toEqual([
      ["late", "2024", "2025"],
      ["empty", null, "2026-09"],
    ]);
  });
});
