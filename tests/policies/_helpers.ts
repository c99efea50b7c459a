/**
 * Shared by the policy tests: the fixture site (tests/fixtures/site, see its README), building a
 * copy of it, and small readers of the built HTML.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { APP, buildSite, copyProject } from "../helpers/site.ts";

export const FIXTURE = resolve(APP, "tests/fixtures/site");

/** Copies the fixture and builds it; returns the project root and its dist. */
export function buildFixture(extra: Record<string, string> = {}): { root: string; dist: string } {
  const root = copyProject(FIXTURE);
  const r = buildSite(root, [], extra);
  if (r.status !== 0) throw new Error(`The fixture site does not build:\n${r.stdout}\n${r.stderr}`);
  return { root, dist: join(root, "dist") };
}

/** Every built HTML page, as a path relative to dist. */
export function htmlPages(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return htmlPages(p, `${prefix}${n}/`);
    return n.endsWith(".html") ? [`${prefix}${n}`] : [];
  });
}

/** The built file for a site path (`/kebijakan/` → kebijakan/index.html), or null. */
export function fileFor(dist: string, path: string): string | null {
  const clean = decodeURI(path.split("#")[0]!.split("?")[0]!).replace(/^\//, "");
  for (const f of [clean.endsWith("/") || clean === "" ? `${clean}index.html` : clean]) {
    try {
      if (statSync(join(dist, f)).isFile()) return join(dist, f);
    } catch {
      // not built
    }
  }
  return null;
}

/** Text of some HTML, tags as spaces, entities for quotes and ampersands decoded. */
export const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, " ");

/** The outer HTML of the first element matching an opening-tag pattern, balanced on its tag name. */
export function element(html: string, open: RegExp): string | null {
  const m = open.exec(html);
  if (!m) return null;
  const tag = /^<([a-z0-9]+)/i.exec(m[0])![1]!;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  re.lastIndex = m.index;
  let depth = 0;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  return null;
}

/** Every element matching an opening-tag pattern (global), outer HTML. */
export function elements(html: string, open: RegExp): string[] {
  const out: string[] = [];
  const g = new RegExp(open.source, open.flags.includes("g") ? open.flags : `${open.flags}g`);
  for (const m of html.matchAll(g)) {
    const el = element(html.slice(m.index), new RegExp(open.source, open.flags.replace("g", "")));
    if (el) out.push(el);
  }
  return out;
}

export const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every `id` in a page. */
export const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

export interface FixtureDoc {
  slug: string;
  judul: string;
  bahasa: "id" | "en";
  status: string;
  wilayah: string;
  jenis: string;
  tanggal: string;
  versi: string;
  terjemahan?: string;
  riwayat: { versi: string; tanggal: string; catatan: string }[];
}

/** The fixture's documents, read from their frontmatter (so the tests follow the fixture). */
export function fixtureDocs(): FixtureDoc[] {
  const dir = join(FIXTURE, "content/policies");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const src = readFileSync(join(dir, f), "utf8");
      const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(src)![1]!, { schema: "core" }) as Record<string, unknown>;
      const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      return {
        ...(fm as unknown as FixtureDoc),
        slug: f.replace(/\.mdx$/, ""),
        tanggal: date(fm.tanggal),
        riwayat: (fm.riwayat as FixtureDoc["riwayat"]).map((h) => ({ ...h, tanggal: date(h.tanggal) })),
      };
    });
}

/** What the list of a language shows: its own documents plus untranslated ones of the other. */
export const listedIn = (docs: FixtureDoc[], lang: "id" | "en") => docs.filter((d) => d.bahasa === lang || !d.terjemahan);

export const docHref = (d: FixtureDoc) => (d.bahasa === "id" ? `/kebijakan/${d.slug}/` : `/en/policies/${d.slug}/`);
