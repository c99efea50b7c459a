/**
 * `<Chart id jenis>` in a document embeds EVERY chart kind the schema accepts (the sample
 * documents use only some of them), rendered with Astro's Container API from the repository's
 * own data, as the build renders it: the policy page's model (src/lib/views/policy.ts) computes
 * each component's figure in the document's language and the component prints it: an SVG of
 * that kind, labelled, in that language, with the figure's data table for the larger kinds; and
 * `<Indicator>` repeated in one document keeps its SVG ids unique.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { CHART_KINDS } from "../../src/lib/data/schema/policy.ts";
import { validateProject, type PolicyDoc, type Site, type Embed } from "../../src/lib/data/project.ts";
import { embedViews } from "../../src/lib/views/policy.ts";
import { APP } from "../helpers/site.ts";
import { indicatorYaml } from "./_helpers.ts";

process.env.TERANG_TODAY ??= "2026-11-23";

type Component = Parameters<AstroContainer["renderToString"]>[0];
// tsc has no types for .astro modules: import through a specifier it does not resolve.
const CHART = "../../src/components/mdx/Chart.astro";
const INDICATOR = "../../src/components/mdx/Indicator.astro";
const SITE = "https://terang.example.go.id";
/** An indicator with a dimension (so `rincian` has something to break down) and a target. */
const ID = "partisipasi-pelatihan";

let Chart: Component;
let Indicator: Component;
let container: AstroContainer;
let site: Site;

/** The figures of a document of `lang` whose body holds `embeds` (as the validator read them). */
function views(lang: "id" | "en", embeds: Omit<Embed, "index" | "line" | "dynamic">[]) {
  const base = site.policies.find((p) => p.fm.bahasa === lang)!;
  const doc: PolicyDoc = { ...base, embeds: embeds.map((e, index) => ({ ...e, index, line: 20 + index, dynamic: [] })) };
  return embedViews(site, doc);
}

beforeAll(async () => {
  const v = validateProject(APP, { today: new Date(`${process.env.TERANG_TODAY}T00:00:00Z`) });
  if (!v.site) throw new Error("the repository's data do not validate");
  site = v.site;
  ({ default: Chart } = (await import(/* @vite-ignore */ CHART)) as { default: Component });
  ({ default: Indicator } = (await import(/* @vite-ignore */ INDICATOR)) as { default: Component });
  container = await AstroContainer.create({ astroConfig: { site: SITE, trailingSlash: "always" } });
});

const render = (component: Component, props: Record<string, unknown>, path: string) =>
  container.renderToString(component, { props, request: new Request(new URL(path, SITE)) });

describe.each(CHART_KINDS.map((k) => [k] as const))("<Chart jenis=%s>", (kind) => {
  it.each([
    ["id", "/kebijakan/uji/"],
    ["en", "/en/policies/test/"],
  ] as const)("draws an SVG of that kind with its title, in %s", async (lang, path) => {
    const meta = indicatorYaml(APP, ID);
    expect(meta.dimensi?.length, "the indicator has a dimension to break down").toBeGreaterThan(0);
    const [view] = views(lang, [{ tag: "Chart", attrs: { id: ID, jenis: kind, wilayah: "1373" } }]);
    const html = await render(Chart, { view }, path);
    // Chart SVGs; legend swatches are decorative (aria-hidden) and left aside.
    const svgs = [...html.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]).filter((s) => !/aria-hidden="true"/.test(s));
    expect(svgs.length, html.slice(0, 300)).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svg).toMatch(new RegExp(`class="chart-svg chart-${kind}\\b`));
      expect(svg).toMatch(/role="img"/);
      // Named by a <title> it points at, or (sparklines) by its own aria-label.
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      if (labelledBy) expect(html).toContain(`id="${labelledBy}"`);
      else expect(/aria-label="([^"]+)"/.exec(svg)?.[1] ?? "").toMatch(/\S{3}/);
    }
    const title = lang === "en" && meta.judul.en ? meta.judul.en : meta.judul.id;
    expect(html).toContain(title);
    if (kind === "tren" || kind === "perbandingan" || kind === "rincian") expect(html).toMatch(/<table class="chart-data"/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});

describe("<Indicator> twice in one document", () => {
  it("prints the same figure twice without any id that could collide", async () => {
    const [a, b] = views("id", [{ tag: "Indicator", attrs: { id: "ikm", wilayah: "1373" } }, { tag: "Indicator", attrs: { id: "ikm", wilayah: "1373" } }]);
    const first = await render(Indicator, { view: a }, "/kebijakan/uji/");
    const second = await render(Indicator, { view: b }, "/kebijakan/uji/");
    const idsOf = (h: string) => [...h.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of idsOf(first)) expect(idsOf(second)).not.toContain(id);
    // The sparkline is named by its own aria-label: no id to repeat.
    expect(first).toMatch(/<svg [^>]*class="chart-svg chart-sparkline"[^>]*aria-label="[^"]+"/);
  });
});
