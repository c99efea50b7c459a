/**
 * Consultation that goes somewhere (issue 15, point 4), on the built sample site and on the page
 * model: the draft under consultation publishes the responses received per version with the
 * answers given, in both languages; after the consultation closes the section becomes "what we
 * heard and what we changed".
 */
import { describe, expect, inject, it } from "vitest";
import { APP, readPage, siteDist } from "../helpers/site.ts";
import { decodeEntities } from "../helpers/html.ts";
import { element, elements, text } from "./_helpers.ts";
import { validateProject } from "../../src/lib/data/project.ts";
import { responsesView } from "../../src/lib/views/consultation.ts";
import { dictionaries } from "../../src/lib/i18n/ui.ts";

const dist = siteDist(inject("siteDist"));
const plain = (html: string) => decodeEntities(text(html)).replace(/\s+/g, " ").trim();
const PAGES = { id: "/kebijakan/kebijakan-peningkatan-kualitas-asn-sawahlunto/", en: "/en/policies/policy-asn-quality-sawahlunto/" } as const;

describe.each(["id", "en"] as const)("responses on the draft under consultation (%s)", (lang) => {
  const html = readPage(dist, PAGES[lang]);
  const section = element(html, /<section class="responses"[^>]*>/);

  it("lists the responses so far, per version, with the answers (the consultation is open on the build date)", () => {
    expect(section).not.toBeNull();
    expect(section).toContain('data-closed="false"');
    expect(plain(section!)).toContain(dictionaries[lang]["consult.received"]);
    expect(elements(section!, /<section aria-labelledby="responses-[^"]+"[^>]*>/).map((s) => /data-version="([^"]+)"/.exec(s)![1])).toEqual(["0.2", "0.3"]);
    expect(elements(section!, /<li class="card response"[^>]*>/)).toHaveLength(2);
    expect(plain(section!)).toContain(lang === "id" ? "Disetujui. Rencana pengembangan akan disusun sebagai lampiran" : "Agreed. The development plan will be drawn up as an annex");
    // The response to 0.3 changed nothing yet, and says so.
    expect(plain(section!)).toContain(dictionaries[lang]["consult.unchanged"]);
  });

  it("links each version to its entry in the revision history", () => {
    expect(section).toContain(`href="#${lang === "en" ? "version" : "versi"}-0-2"`);
    expect(html).toContain(`id="${lang === "en" ? "version" : "versi"}-0-2"`);
  });
});

describe("after the consultation closes", () => {
  it("the section is 'what we heard and what we changed'", () => {
    const v = validateProject(APP, { today: new Date("2026-12-20T00:00:00Z") });
    const site = v.site!;
    const doc = site.policies.find((p) => p.slug === "kebijakan-peningkatan-kualitas-asn-sawahlunto")!;
    const id = responsesView(site, doc, "id")!;
    expect(id.closed).toBe(true);
    expect(id.heading).toBe("Apa yang kami dengar dan apa yang kami ubah");
    const en = responsesView(site, site.policies.find((p) => p.slug === "policy-asn-quality-sawahlunto")!, "en")!;
    expect(en.heading).toBe("What we heard and what we changed");
    expect(en.versions[0]!.items[0]!.changed).toEqual({ text: "The Continuous training section of version 0.3 names the development plan as an annex to the work plan.", lang: "en" });
  });
  it("a document without responses has no such section", () => {
    expect(readPage(dist, "/kebijakan/evaluasi-pengembangan-asn-sawahlunto/")).not.toContain('class="responses"');
  });
});
