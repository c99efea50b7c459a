/**
 * A build without git history (or with a shallow one) says so on the version comparison page, and
 * names a version whose text is found nowhere, without failing: the page model
 * (src/lib/views/policyChanges.ts) given the version texts such a build finds, printed by the
 * page component with Astro's Container API, in both languages. (The built site's own pages,
 * from a checkout with history, are checked in changes-pages.test.ts.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { validateProject, type Site } from "../../src/lib/data/project.ts";
import { policyChangesView } from "../../src/lib/views/policyChanges.ts";
import type { PolicyVersions, VersionText } from "../../src/lib/policyVersions.ts";
import { APP } from "../helpers/site.ts";
import { text } from "./_helpers.ts";

process.env.TERANG_TODAY ??= "2026-11-23";
type Component = Parameters<AstroContainer["renderToString"]>[0];
const PAGE = "../../src/components/pages/PolicyChangesPage.astro";
const SITE = "https://terang.example.go.id";

let Page: Component;
let container: AstroContainer;
let site: Site;

beforeAll(async () => {
  const v = validateProject(APP, { today: new Date(`${process.env.TERANG_TODAY}T00:00:00Z`) });
  if (!v.site) throw new Error("the repository's data do not validate");
  site = v.site;
  ({ default: Page } = (await import(/* @vite-ignore */ PAGE)) as { default: Component });
  container = await AstroContainer.create({ astroConfig: { site: SITE, trailingSlash: "always" } });
});

const CASES = {
  id: { slug: "evaluasi-pembinaan-asn-solok", noGit: "tanpa riwayat git", shallow: "riwayat git yang tidak lengkap", missing: "Teks versi 0.1 tidak tersedia" },
  en: { slug: "evaluation-asn-coaching-solok", noGit: "without git history", shallow: "incomplete git history", missing: "The text of version 0.1 is not available" },
} as const;

describe.each(Object.entries(CASES))("comparison page without git history (%s)", (lang, c) => {
  const render = async (git: PolicyVersions["git"], kept: boolean) => {
    const doc = site.policies.find((d) => d.slug === c.slug)!;
    const texts = new Map<string, VersionText>([["0.2", { versi: "0.2", source: "current", text: readFileSync(join(APP, doc.file), "utf8") }]]);
    if (kept) texts.set("0.1", { versi: "0.1", source: "kept", text: readFileSync(join(APP, "content/policy-versions", c.slug, "0.1.mdx"), "utf8") });
    const view = policyChangesView(site, doc, { from: "0.1", to: "0.2" }, { git, texts });
    return text(await container.renderToString(Page, { props: { view }, request: new Request(new URL(`/${lang}/x/`, SITE)) }));
  };

  it("with a kept copy: compares, and says the build had no git history", async () => {
    const page = await render("no-git", true);
    expect(page).toContain(c.noGit);
    expect(page).not.toContain(c.missing);
    expect(page).toMatch(lang === "id" ? /\d+ kata ditambahkan/ : /\d+ words inserted/);
  });

  it("without a kept copy: names the missing version instead of comparing", async () => {
    const page = await render("no-git", false);
    expect(page).toContain(c.noGit);
    expect(page).toContain(c.missing);
    expect(page).not.toMatch(lang === "id" ? /kata ditambahkan/ : /words inserted/);
  });

  it("a shallow clone says its history is incomplete; a full one says nothing about git", async () => {
    expect(await render("shallow", false)).toContain(c.shallow);
    const full = await render("ok", true);
    expect(full).not.toContain(c.noGit);
    expect(full).not.toContain(c.shallow);
  });
});
