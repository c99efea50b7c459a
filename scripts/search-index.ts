/**
 * The full-text search index (Pagefind), built from the BUILT site by post-build.ts before the
 * folder is swapped in, into `<out>/pagefind/`.
 *
 * - Pages opt in with `data-pagefind-body` (indicator pages and policy documents: Base.astro's
 *   `search` prop puts it on <main>), so headers, navigation, footers, the search page itself and
 *   the embed pages stay out of the index.
 * - Each glossary term is its own record (`/glosarium/#asn`), so a search for a term leads to its
 *   definition rather than to the top of a long page.
 * - Pagefind splits the index by `<html lang>` (a record's `language`): the Indonesian search page
 *   only ever loads the Indonesian index, the English one the English index. A large site gets one
 *   Pagefind process per language (`backends`), which writes the same files as one process.
 * - Result URLs are stored without the site's base path; the search script adds it (`baseUrl`).
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import type { Site } from "../src/lib/data/project.ts";
import type { Lang } from "../src/lib/data/model.ts";
import { glossaryOrder, termAnchor } from "../src/lib/glossary.ts";
import { localise } from "../src/lib/i18n/text.ts";
import { dictionaries } from "../src/lib/i18n/ui.ts";
import { SEGMENTS, route } from "../src/lib/i18n/routes.ts";
import { parentIn } from "../src/lib/views/regions.ts";

/**
 * Parts of an indexed page that say nothing of what the page is about: the "link to this section"
 * anchors of headings, chart drawings (axis ticks), full data tables, the tables of every region's
 * latest value and progress (twenty rows of region names and figures on every indicator page, two
 * fifths of the words indexed), the charts' summaries in words (each region's figures again, as
 * sentences: a region's name or "highest" matched every indicator page alike, and they were a
 * quarter of what Pagefind spent its time on; a region is found by its own record, regionRecords),
 * chart controls and key help, download lists, embed code. The page itself keeps all of them.
 */
export const SEARCH_EXCLUDE = [".heading-anchor", "svg", ".chart-summary", ".chart-table", ".full-data-section", ".latest-section", ".progress-section", ".chart-controls", ".chart-downloads", 'p[id$="-keys"]', ".downloads", "[data-embed-snippet]"];

/** Files Pagefind writes for its own UIs, which this site does not use. */
const UNUSED = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"];

/** Glossary records: one per term and language, at the term's anchor on the glossary page. */
export function glossaryRecords(site: Site): pagefind.CustomRecord[] {
  return (["id", "en"] as const).flatMap((lang: Lang) =>
    glossaryOrder(site.glossary).map((e) => {
      const full = e.nama_lengkap ? localise(e.nama_lengkap, lang).text : "";
      const def = localise(e.definisi, lang).text;
      const page = `/${route(lang, "glossary")}`;
      return {
        url: `${page}#${termAnchor(e.istilah)}`,
        content: [e.istilah, full, def].filter(Boolean).join(". "),
        language: lang,
        meta: { title: full ? `${e.istilah} (${full})` : e.istilah, kind: dictionaries[lang]["search.kind.glossary"] },
      };
    }),
  );
}

/**
 * Region records: one per region and language, at the region's page (every indicator for that
 * region, beside its parent), so a search for a region's name leads there: the indicator pages
 * no longer give their chart summaries, where every region was named, to the index.
 */
export function regionRecords(site: Site): pagefind.CustomRecord[] {
  return (["id", "en"] as const).flatMap((lang: Lang) =>
    site.regions.map((r) => {
      const kind = dictionaries[lang][`region.kind.${r.kind}`];
      // The parent the region's page compares it with (its province when regions.csv names none).
      const parent = parentIn(site.regions, r)?.name;
      return {
        url: `/${route(lang, "regions", r.code)}`,
        content: [r.name, kind, parent].filter(Boolean).join(". "),
        language: lang,
        meta: { title: r.name, kind: dictionaries[lang]["search.kind.region"] },
      };
    }),
  );
}

/**
 * The pages that can hold search content: indicator pages and policy documents, the only ones
 * Base.astro marks `data-pagefind-body` (its `search` prop). Pagefind reads only these, not the
 * embed, list and region pages (at a thousand indicators, most of the site's bytes are pages it
 * would parse to throw away). A test checks that no page outside the glob carries the mark.
 */
export const SEARCH_GLOB = `{${(["indicators", "policies"] as const).flatMap((s) => [SEGMENTS[s].id, `en/${SEGMENTS[s].en}`]).join(",")}}/*/index.html`;

/**
 * A page's HTML with a space after each closing tag directly followed by another tag, so that text
 * in adjacent elements stays separate words in the index. What a browser shows is unchanged.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/(<\/[a-zA-Z][a-zA-Z0-9]*>)(?=<)/g, "$1 ");
}

/** An element to find: its tag name and, when only some are wanted, a test of its start tag's text. */
interface Wanted {
  readonly tag: string;
  readonly start?: RegExp;
}

/**
 * The parts of a page Pagefind would read and then throw away (SEARCH_EXCLUDE) that make most of
 * its bytes: chart drawings, chart tables and controls, the full data table, the tables of every
 * region, download lists and embed code; and what it never reads: scripts, the site's header and
 * footer. Removed before the page is handed over, the index is the same (a test compares both),
 * and Pagefind gets a tenth of the HTML: at a thousand indicators the index took longer than any
 * other step after Astro.
 * `start` tells, from a start tag's text (`<div class="…">`), whether the element is one of them.
 */
const DROPPED: readonly Wanted[] = [
  // Never indexed: the document's head (about 6 KB of title, meta tags, CSP, share and language
  // links: 30 % of what was left of a page once the rest is dropped; Pagefind takes a page's title
  // from its h1 and its language from <html lang>), scripts (the dataset's JSON-LD, the page's
  // modules) and the site's header and footer, outside the part of the page marked for the index.
  { tag: "head" },
  { tag: "script" },
  { tag: "header", start: /^<header\b[^>]*\bclass="site-header"/ },
  { tag: "footer", start: /^<footer\b[^>]*\bclass="site-footer"/ },
  { tag: "svg" },
  { tag: "div", start: /^<div\b[^>]*\bclass="(?:[^"]*\s)?chart-(?:table|controls)(?:\s[^"]*)?"/ },
  { tag: "section", start: /^<section\b[^>]*\bclass="(?:[^"]*\s)?(?:(?:full-data|latest|progress)-section|embed-snippets)(?:\s[^"]*)?"/ },
  { tag: "ul", start: /^<ul\b[^>]*\bclass="downloads"/ },
  { tag: "p", start: /^<p\b[^>]*\bclass="(?:[^"]*\s)?chart-downloads(?:\s[^"]*)?"/ },
  // Not the charts' summaries (SEARCH_EXCLUDE): each has an id, which Pagefind lists among the
  // page's anchors even when it excludes the text, so dropping them here would change the index.
];

/** Elements to find, by tag name (one entry per tag). */
function byTag(list: readonly Wanted[]): ReadonlyMap<string, Wanted> {
  const map = new Map(list.map((w) => [w.tag, w]));
  if (map.size !== list.length) throw new Error("Search index: one entry per tag in a list of elements to find");
  return map;
}
const DROPPED_BY_TAG = byTag(DROPPED);

const LT = 0x3c;
const SLASH = 0x2f;
const GT = 0x3e;
/** A byte that continues a tag name (`<div` is not `<divider`). */
const nameByte = (b: number | undefined) => b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f);

/** Whether the start tag at `at` (its text, `<div class="…">`) is accepted by `start`. */
function startMatches(html: Buffer, at: number, start: RegExp): boolean {
  const gt = html.indexOf(GT, at);
  return gt !== -1 && start.test(html.toString("latin1", at, gt + 1));
}

/**
 * Where the `tag` element whose start tag is at `at` ends (after its matching end tag: nested
 * elements of the same name counted, `<tag/>` opens nothing), or -1 when it never does.
 * The next start tag of the same name is looked for only up to the next end tag: a page has one
 * `<head>`, one site header and footer, and its scripts far apart, and a search for the next one
 * without that bound ran on to the end of the page (the 2,100 searchable pages of 1,000 indicators
 * were trimmed in 1.1–1.3 s of CPU, now 0.9 s, to the same text).
 */
function elementEnd(html: Buffer, at: number, tag: string): number {
  const open = Buffer.from(`<${tag}`, "latin1");
  const close = Buffer.from(`</${tag}`, "latin1");
  let depth = 0;
  // The next end tag at or after `scan`, searched again only once passed.
  let c = html.indexOf(close, at);
  for (let scan = at; ; ) {
    if (c !== -1 && c < scan) c = html.indexOf(close, scan);
    // The next start tag before that end tag (anywhere after `scan` when there is no end tag left:
    // then the element never ends, whatever comes).
    if (c === -1) return -1;
    const w = html.subarray(scan, c).indexOf(open);
    const o = w === -1 ? -1 : scan + w;
    const closing = o === -1;
    const t = closing ? c : o;
    const name = t + (closing ? close.length : open.length);
    if (nameByte(html[name])) {
      scan = name;
      continue;
    }
    const gt = html.indexOf(GT, name);
    if (gt === -1) return -1;
    if (closing) depth--;
    else if (html[gt - 1] !== SLASH) depth++;
    scan = gt + 1;
    if (depth <= 0) return gt + 1;
  }
}

/**
 * Where the `wanted` elements of `html` (UTF-8 bytes) are: `[from, to)` byte ranges, each from its
 * start tag to its matching end tag (nested elements of the same name counted; `<tag/>` opens
 * nothing), in order, in one pass over the page. Each `<` outside a range found is looked at once;
 * an element found is passed over whole (one inside it is not looked at), its end found natively
 * (`elementEnd`). A tag whose element never ends is not looked for again. Works on the bytes, with
 * the file as read: searching bytes natively and decoding only what is kept was about five times
 * faster than regular expressions over the decoded page, and one pass twice as fast as one search
 * of the whole page per tag (1.4 s for the 2,100 searchable pages at 1,000 indicators).
 */
function elementRanges(html: Buffer, wanted: ReadonlyMap<string, Wanted>): [number, number][] {
  const ranges: [number, number][] = [];
  const unended = new Set<string>();
  let from = 0;
  for (let at = html.indexOf(LT, from); at !== -1; at = html.indexOf(LT, from)) {
    let e = at + 1;
    while (nameByte(html[e])) e++;
    from = e;
    if (e === at + 1) continue; // an end tag, a comment, a doctype or a lone `<`
    const tag = html.toString("latin1", at + 1, e);
    const w = wanted.get(tag);
    if (!w || unended.has(tag) || (w.start && !startMatches(html, at, w.start))) continue;
    const end = elementEnd(html, at, tag);
    if (end === -1) {
      unended.add(tag);
      continue;
    }
    ranges.push([at, end]);
    from = end;
  }
  return ranges;
}

/** `html` without its `tag` elements (those whose start tag `start` accepts, every one without it). */
export function dropElements(html: Buffer, tag: string, start?: RegExp): Buffer {
  const ranges = elementRanges(html, byTag([{ tag, ...(start ? { start } : {}) }]));
  return ranges.length === 0 ? html : Buffer.concat(keptSpans(ranges, html.length).map(([a, b]) => html.subarray(a, b)));
}

/** The spans of `[0, length)` outside `ranges` (in order; overlapping or nested ranges count once). */
function keptSpans(ranges: readonly (readonly [number, number])[], length: number): [number, number][] {
  const kept: [number, number][] = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a > pos) kept.push([pos, a]);
    pos = Math.max(pos, b);
  }
  kept.push([pos, length]);
  return kept;
}

/**
 * What Pagefind is given of a page (its bytes as read, or its text): without the dropped parts, with
 * spaces between tags. The kept parts are decoded one by one (each starts and ends at a tag's `<`,
 * never inside a character), without copying the page's bytes again.
 */
export function forIndex(page: Uint8Array | string): string {
  const bytes = typeof page === "string" ? Buffer.from(page, "utf8") : Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  return spacedForIndex(keptSpans(elementRanges(bytes, DROPPED_BY_TAG), bytes.length).map(([a, b]) => bytes.toString("utf8", a, b)).join(""));
}

/**
 * Pagefind lists the index's languages in hash-map order, which changes from run to run; sorted,
 * the same site gives the same bytes. The search script looks a language up by its code, so the
 * order does not matter to it.
 */
export function sortedEntry(content: Uint8Array): string {
  const entry = JSON.parse(Buffer.from(content).toString("utf8")) as { languages?: Record<string, unknown> };
  if (entry.languages) entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify(entry);
}

/** Pages handed to a Pagefind backend and not yet indexed, at most (bounded memory). */
const PIPELINE = 16;

export interface SearchIndexResult {
  readonly pages: number;
  readonly records: number;
}

type Pagefind = typeof pagefind;

/** The language of a page under SEARCH_GLOB, from its path (`en/…` is English). */
export const pageLang = (file: string): Lang => (file.startsWith("en/") ? "en" : "id");

/**
 * One Pagefind backend per language, for a large site. Pagefind's Node API keeps one backend
 * process per instance of its module, and that process indexes one page at a time: at a thousand
 * indicators it was the one busy core while the pages were handed over, after everything else was
 * done. A second instance of the module (the same file under another URL) has a process of its
 * own, so the two languages are indexed side by side. Pagefind builds each language's index on its
 * own anyway (from a page's `<html lang>`), so the files are the same as from one backend, byte for
 * byte. A second process costs its start-up: measured alone, 0.1 s more for the sample site's 30
 * pages, 1.5 s less for 2,100. In the build, at 220 pages (100 indicators), the part after Astro
 * took about 0.2 s less with two (eleven alternated pairs of builds, ten of them in its favour:
 * bench/README.md, twenty-second round); so only a small site keeps one (`PER_LANGUAGE_FROM`).
 */
async function backends(langs: readonly Lang[], perLanguage: boolean): Promise<Map<Lang, Pagefind>> {
  const out = new Map<Lang, Pagefind>();
  for (const [i, lang] of langs.entries()) out.set(lang, i === 0 || !perLanguage ? pagefind : ((await import(`${import.meta.resolve("pagefind")}?backend=${lang}`)) as Pagefind));
  return out;
}

/** Pages to index from which each language gets its own Pagefind process (see `backends`). */
export const PER_LANGUAGE_FROM = 100;

/**
 * The files of every language's index as one bundle: the files each backend writes for every
 * language (the search script, its worker and WebAssembly) are kept once, and must be the same;
 * the entry file lists every language.
 */
export function mergeIndexFiles(bundles: readonly (readonly { path: string; content: Uint8Array }[])[]): { path: string; content: Uint8Array }[] {
  const files = new Map<string, Uint8Array>();
  const entries: { languages?: Record<string, unknown> }[] = [];
  for (const bundle of bundles) {
    for (const f of bundle) {
      if (f.path === "pagefind-entry.json") {
        entries.push(JSON.parse(Buffer.from(f.content).toString("utf8")) as { languages?: Record<string, unknown> });
        continue;
      }
      const seen = files.get(f.path);
      if (seen && Buffer.compare(seen, f.content) !== 0) throw new Error(`Search index: two backends wrote different files at ${f.path}`);
      files.set(f.path, f.content);
    }
  }
  const merged = [...files].map(([path, content]) => ({ path, content }));
  if (entries.length > 0) {
    const entry = { ...entries[0], languages: Object.assign({}, ...entries.map((e) => e.languages)) as Record<string, unknown> };
    merged.push({ path: "pagefind-entry.json", content: Buffer.from(JSON.stringify(entry), "utf8") });
  }
  return merged;
}

/**
 * Builds `<out>/pagefind/`. Throws (failing the build) on any Pagefind error. `meanwhile` runs on
 * this thread once every page has been handed over, while Pagefind's processes build and compress
 * the index (about a third of their time, during which this thread only waits); it throwing fails
 * the build too.
 */
export async function writeSearchIndex(out: string, site: Site, meanwhile?: () => void, options: { perLanguage?: boolean } = {}): Promise<SearchIndexResult> {
  const fail = (what: string, errors: readonly string[]) => {
    if (errors.length) throw new Error(`Search index (${what}): ${errors.join("; ")}`);
  };
  const files = globSync(SEARCH_GLOB, { cwd: out }).sort();
  const records = [...glossaryRecords(site), ...regionRecords(site)];
  const langs = (["id", "en"] as const).filter((l) => files.some((f) => pageLang(f) === l) || records.some((r) => r.language === l));
  const perLanguage = options.perLanguage ?? files.length >= PER_LANGUAGE_FROM;
  const mods = await backends(langs, perLanguage);
  try {
    // One index per backend; with one backend, both languages share it.
    const byModule = new Map<Pagefind, pagefind.PagefindIndex>();
    for (const mod of new Set(mods.values())) {
      const { index, errors } = await mod.createIndex({ excludeSelectors: SEARCH_EXCLUDE });
      fail("create", errors);
      if (!index) throw new Error("Search index: Pagefind returned no index");
      byModule.set(mod, index);
    }
    const indexes = new Map(langs.map((l) => [l, byModule.get(mods.get(l)!)!]));
    // Each page is handed over with a space after every closing tag (spacedForIndex): Pagefind
    // joins the text of neighbouring cells, terms and badges, which made snippets read
    // "DefinisiSeberapa" or "88,94A · Sangat baik" run together with the number before it.
    // Up to PIPELINE pages are in each backend's hands at once: its process indexes one while this
    // thread reads and trims the next. With a backend per language, the languages' pages are
    // handed over in turn, so that both processes are busy; each gets its own pages in order, so
    // the index is the same.
    const byLang = langs.map((l) => files.filter((f) => pageLang(f) === l));
    const turns = perLanguage ? Array.from({ length: Math.max(0, ...byLang.map((f) => f.length)) }, (_, i) => byLang.map((f) => f[i])).flat() : files;
    const queues = new Map([...byModule.values()].map((i) => [i, new Set<Promise<void>>()]));
    const problems: string[] = [];
    for (const file of turns) {
      if (file === undefined) continue;
      const url = `/${file.replace(/index\.html$/, "")}`;
      const index = indexes.get(pageLang(file))!;
      const queue = queues.get(index)!;
      const p: Promise<void> = index
        .addHTMLFile({ url, content: forIndex(readFileSync(join(out, file))) })
        .then((r) => void problems.push(...r.errors.map((e) => `page ${url}: ${e}`)))
        .finally(() => queue.delete(p));
      queue.add(p);
      while (queue.size >= PIPELINE) await Promise.race(queue);
    }
    await Promise.all([...queues.values()].flatMap((q) => [...q]));
    fail("pages", problems);
    for (const r of records) fail(`record ${r.url}`, (await indexes.get(r.language as Lang)!.addCustomRecord(r)).errors);
    // The files are taken in memory and written here, not by Pagefind's writeFiles(): that one
    // answers before its process has finished writing, and close() then kills it, so under CPU
    // load a file could be published cut short or empty (Pagefind issue #1271).
    const got$ = Promise.all([...byModule.values()].map((i) => i.getFiles()));
    got$.catch(() => {}); // awaited below; if meanwhile() throws, Pagefind is closed and this rejects unheard
    meanwhile?.();
    const got = await got$;
    for (const g of got) fail("write", g.errors);
    const dir = join(out, "pagefind");
    for (const f of mergeIndexFiles(got.map((g) => g.files))) {
      // The site has its own search UI (src/scripts/search.ts): Pagefind's ready-made UIs are not published.
      if (UNUSED.includes(f.path)) continue;
      const target = join(dir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.path === "pagefind-entry.json" ? sortedEntry(f.content) : f.content);
    }
    if (!existsSync(join(dir, "pagefind.js"))) throw new Error("Search index: pagefind.js was not written");
    return { pages: files.length, records: records.length };
  } finally {
    await Promise.all([...new Set(mods.values())].map((m) => m.close()));
  }
}
