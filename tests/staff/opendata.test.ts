/**
 * Open data on the built site: /datapackage.json checked against the published files with an
 * independent Table Schema reader (every path exists, fields match each CSV header in order,
 * every cell parses as its type and meets its constraints, primary keys are unique, foreign keys
 * exist in regions.csv); the per-indicator ZIPs; the JSON API and the guide page documenting it.
 */
import { describe, it, expect, inject } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { unzipSync, strFromU8 } from "fflate";
import { APP, readPage, siteDist } from "../helpers/site.ts";

const dist = siteDist(inject("siteDist"));
const pkg = JSON.parse(readFileSync(join(dist, "datapackage.json"), "utf8"));

interface Field { name: string; type: string; decimalChar?: string; constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[]; pattern?: string } }
interface Resource { name: string; path: string; dialect: { delimiter: string }; schema: { fields: Field[]; primaryKey?: string | string[]; missingValues?: string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] } }

function table(text: string, delimiter: string) {
  const p = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true });
  expect(p.errors).toEqual([]);
  const [header, ...rows] = p.data;
  return { header: header!, rows };
}

/** One cell against its field: the error, or null. */
function cellError(raw: string, f: Field, missing: string[]): string | null {
  const c = f.constraints ?? {};
  if (missing.includes(raw)) return c.required ? `${f.name}: required, empty` : null;
  if (f.type === "number") {
    const s = f.decimalChar ? raw.replace(f.decimalChar, ".") : raw;
    if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return `${f.name}: "${raw}" is not a number`;
    const n = Number(s);
    if (c.minimum !== undefined && n < c.minimum) return `${f.name}: ${n} < ${c.minimum}`;
    if (c.maximum !== undefined && n > c.maximum) return `${f.name}: ${n} > ${c.maximum}`;
  } else if (f.type === "year") {
    if (!/^\d{4}$/.test(raw)) return `${f.name}: "${raw}" is not a year`;
  } else if (f.type !== "string") return `${f.name}: unknown type ${f.type}`;
  if (c.enum && !c.enum.includes(raw)) return `${f.name}: "${raw}" not in ${c.enum.join("|")}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw)) return `${f.name}: "${raw}" does not match ${c.pattern}`;
  return null;
}

describe("/datapackage.json", () => {
  const resources = pkg.resources as Resource[];
  const byName = new Map(resources.map((r) => [r.name, r]));

  it("is a tabular data package with a licence, and one resource per indicator plus the regions", () => {
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.licenses[0].path).toMatch(/^https:\/\//);
    const index = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8"));
    expect(resources.map((r) => r.name).sort()).toEqual(["regions", ...index.indikator.map((i: { id: string }) => i.id)].sort());
    for (const r of resources.filter((x) => x.name !== "regions")) {
      expect(r.schema.foreignKeys).toEqual([{ fields: "kode_wilayah", reference: { resource: "regions", fields: "kode_wilayah" } }]);
      expect((r as unknown as { sources: unknown[] }).sources.length).toBeGreaterThan(0);
    }
  });

  it("regions.csv is published as the source file", () => {
    expect(readFileSync(join(dist, "data/regions.csv"), "utf8")).toBe(readFileSync(join(APP, "data/regions.csv"), "utf8").replace(/^\uFEFF/, ""));
  });

  for (const r of (pkg.resources as Resource[])) {
    it(`${r.path}: exists, header = fields in order, every cell valid, keys hold`, () => {
      const file = join(dist, r.path);
      expect(existsSync(file), file).toBe(true);
      const { header, rows } = table(readFileSync(file, "utf8"), r.dialect.delimiter);
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      expect(rows.length).toBeGreaterThan(0);
      const missing = r.schema.missingValues ?? [""];
      const errors = rows.flatMap((row, i) => r.schema.fields.map((f, k) => cellError(row[k] ?? "", f, missing)).filter((e) => e !== null).map((e) => `row ${i + 2}: ${e}`));
      expect(errors).toEqual([]);
      if (r.schema.primaryKey) {
        const keys = [r.schema.primaryKey].flat().map((k) => header.indexOf(k));
        const seen = rows.map((row) => keys.map((k) => row[k]).join("|"));
        expect(new Set(seen).size).toBe(seen.length);
      }
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource)!;
        const t = table(readFileSync(join(dist, target.path), "utf8"), target.dialect.delimiter);
        const allowed = new Set(t.rows.map((row) => row[t.header.indexOf(fk.reference.fields)]));
        const col = header.indexOf(fk.fields);
        const unknown = rows.map((row) => row[col]).filter((v) => !allowed.has(v));
        expect(unknown).toEqual([]);
      }
    });
  }

  it("describes every CSV as canonical (`,`, `.`), even the staff's `;` file, and numbers are limited by `rentang`", () => {
    const semiSource = resources.find((r) => r.name !== "regions" && readFileSync(join(APP, "data/indicators", `${r.name}.csv`), "utf8").split("\n")[0]!.includes(";"));
    expect(semiSource, "the sample data include a ;-delimited source CSV").toBeDefined();
    for (const r of resources) {
      expect(r.dialect.delimiter, r.name).toBe(",");
      expect(r.schema.fields.find((f) => f.name === "nilai")?.decimalChar, r.name).toBeUndefined();
    }
    expect(readFileSync(join(dist, semiSource!.path), "utf8").split("\n")[0]).toMatch(/^(tahun|periode),kode_wilayah,nama_wilayah,/);
    const ikm = byName.get("ikm")!;
    const yml = readFileSync(join(APP, "data/indicators/ikm.yml"), "utf8");
    const [min, max] = /rentang:\s*\[\s*([\d.]+)\s*,\s*([\d.]+)\s*\]/.exec(yml)!.slice(1).map(Number);
    expect(ikm.schema.fields.find((f) => f.name === "nilai")!.constraints).toEqual({ minimum: min, maximum: max });
    const withDims = resources.find((r) => r.schema.fields.some((f) => f.constraints?.enum && f.name !== "jenis"));
    expect(withDims, "an indicator with a dimension declares its values").toBeDefined();
  });
});

describe("per-indicator ZIP", () => {
  it("holds the canonical CSV, its metadata JSON, the regions, a README with citation and licence, and a valid datapackage.json", () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(dist, "data/ikm.zip"))));
    expect(Object.keys(files).sort()).toEqual(["README.md", "datapackage.json", "ikm.csv", "ikm.json", "regions.csv"]);
    expect(strFromU8(files["ikm.csv"]!)).toBe(readFileSync(join(dist, "data/ikm.csv"), "utf8"));
    const meta = JSON.parse(strFromU8(files["ikm.json"]!));
    expect(meta.id).toBe("ikm");
    expect(meta.sumber.id.length).toBeGreaterThan(0);
    const readme = strFromU8(files["README.md"]!);
    expect(readme).toMatch(/## Cara mengutip \/ How to cite/);
    expect(readme).toContain("https://terang.example.go.id/indikator/ikm/");
    expect(readme).toContain(`${pkg.licenses[0].title}: ${pkg.licenses[0].path}`);
    const inner = JSON.parse(strFromU8(files["datapackage.json"]!));
    for (const r of inner.resources) expect(files[r.path], r.path).toBeDefined();
  });

  it("every indicator has one, linked from its page", () => {
    for (const r of (pkg.resources as Resource[]).filter((x) => x.name !== "regions")) {
      expect(existsSync(join(dist, `data/${r.name}.zip`))).toBe(true);
      expect(readPage(dist, `indikator/${r.name}/`)).toContain(`href="/data/${r.name}.zip"`);
    }
  });
});

describe("the API and the staff guide", () => {
  it("/data/index.json links every indicator's JSON and CSV, which exist", () => {
    const index = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8"));
    for (const i of index.indikator) {
      const json = JSON.parse(readFileSync(join(dist, new URL(i.json).pathname), "utf8"));
      expect(json.id).toBe(i.id);
      expect(Array.isArray(json.data)).toBe(true);
      expect(existsSync(join(dist, new URL(i.csv).pathname))).toBe(true);
    }
  });

  it("the guide documents the endpoints and links the checker and the changes page, in both languages", () => {
    const id = readPage(dist, "panduan-data/");
    for (const p of ["/data/index.json", "/data/&lt;id&gt;.json", "/data/&lt;id&gt;.zip", "/datapackage.json", "/data/regions.csv", "/perubahan-data/rss.xml"]) expect(id).toContain(p);
    expect(id).toContain('href="/pemeriksa-data/"');
    expect(id).toContain('href="/perubahan-data/"');
    expect(id).toContain('href="/datapackage.json"');
    const en = readPage(dist, "en/data-guide/");
    expect(en).toContain('href="/en/data-checker/"');
    expect(en).toContain('href="/en/data-changes/"');
    expect(en).toContain("Open data and API");
  });

  it("the guide and the home page list the overdue sample indicator", () => {
    expect(readPage(dist, "panduan-data/")).toMatch(/<table class="overdue-list"[\s\S]*href="\/indikator\/layanan-digital\/"/);
    expect(readPage(dist, "")).toMatch(/data-indicator="layanan-digital"/);
    expect(readPage(dist, "en/")).toMatch(/data-indicator="layanan-digital"/);
  });
});
