/**
 * The staff guide page, rendered with Astro's Container API from the repository's own data: every
 * catalogue code in an accessible table, headings in order, the overdue list, text escaped, no
 * inline styles.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { CATALOGUE } from "../../src/lib/data/errors.ts";
import { overdueIndicators } from "../../src/lib/data/guide.ts";
import type { Lang } from "../../src/lib/data/model.ts";

// The build's "today" (getSite reads it on first use), as in the build tests.
process.env.TERANG_TODAY ??= "2026-11-23";

const html: Record<Lang, string> = { id: "", en: "" };

type Component = Parameters<AstroContainer["renderToString"]>[0];
// tsc has no types for .astro modules (only `astro check` does): import through a specifier it does
// not resolve; Vite compiles the component.
const GUIDE_PAGE = "../../src/components/pages/GuidePage.astro";

beforeAll(async () => {
  const { default: GuidePage } = (await import(/* @vite-ignore */ GUIDE_PAGE)) as { default: Component };
  const site = "https://terang.example.go.id";
  // As the route does: the page model of the validated site.
  const { getSite } = await import("../../src/lib/site.ts");
  const { guideView } = await import("../../src/lib/views/pages.ts");
  const container = await AstroContainer.create({ astroConfig: { site, trailingSlash: "always" } });
  const path = { id: "/panduan-data/", en: "/en/data-guide/" } as const;
  for (const lang of ["id", "en"] as const)
    html[lang] = (await container.renderToString(GuidePage, { props: { view: guideView(getSite(), lang) }, request: new Request(new URL(path[lang], site)), partial: false }))
      // Scoped-style markers, which every element of the page carries.
      .replace(/ data-astro-cid-[\w-]+/g, "");
});

describe.each(["id", "en"] as const)("GuidePage (%s)", (lang) => {
  it("is titled and links to the other language", () => {
    expect(html[lang]).toContain(`<html lang="${lang}"`);
    expect(html[lang]).toContain(lang === "id" ? "<h1>Panduan memperbarui data</h1>" : "<h1>Guide to updating the data</h1>");
    const other = lang === "id" ? "en/data-guide/" : "panduan-data/";
    expect(html[lang]).toMatch(new RegExp(`<link rel="alternate" hreflang="${lang === "id" ? "en" : "id"}" href="[^"]*/${other}"`));
  });

  it("has every catalogue code as the row header of an error table", () => {
    for (const code of Object.keys(CATALOGUE)) expect(html[lang], code).toContain(`<th scope="row"><code>${code}</code></th>`);
  });

  it("gives every table a caption and every header cell a scope", () => {
    const tables = html[lang].match(/<table[\s>]/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(15);
    expect(html[lang].match(/<caption[\s>]/g)?.length).toBe(tables);
    expect(html[lang]).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });

  it("has headings in order and an in-page table of contents whose links resolve", () => {
    const levels = [...html[lang].matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html[lang])![0];
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(10);
    for (const id of targets) expect(html[lang], id).toContain(`id="${id}"`);
    expect(targets).toContain("overdue");
  });

  it("lists the overdue indicators with latest and expected periods", async () => {
    const { getSite } = await import("../../src/lib/site.ts");
    const site = getSite();
    const overdue = overdueIndicators(site.indicators, site.today);
    const section = /<section aria-labelledby="overdue">[\s\S]*?<\/section>/.exec(html[lang])![0];
    for (const o of overdue) expect(section).toContain(`<code>${o.indicator.csvFile}</code>`);
    expect(section.match(/<tr>/g)?.length ?? 0).toBe(overdue.length === 0 ? 0 : overdue.length + 1);
  });

  it("escapes every text and uses no inline styles", () => {
    // Messages quote components such as <Indicator id="…" />: they must arrive as text.
    expect(html[lang]).not.toMatch(/<(Indicator|Chart)[\s/>]/);
    expect(html[lang]).toContain("&lt;Indicator");
    expect(html[lang]).not.toMatch(/\sstyle=/);
  });
});
