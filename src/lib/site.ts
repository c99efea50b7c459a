/**
 * The validated site, as routes receive it. `scripts/build.ts` validates the project once and
 * hands the result to Astro, which renders in the same process, through `handOffSite()`; routes
 * read it with `getSite()` and pass what a page needs, computed by a page model (src/lib/views/),
 * to components that only print. Nothing else reads it: components and views take it as data.
 *
 * Without a hand-off (`astro dev`, `astro check`) the project is validated here, once per process,
 * and invalid data refuse to render.
 */
import { validateProject, type Site } from "./data/project.ts";
import { formatProblem } from "./data/errors.ts";
import { buildToday } from "./data/staleness.ts";
import { settleDecimals } from "./precision.ts";

const KEY = Symbol.for("terang.site");
const GLOSSARY = Symbol.for("terang.glossary");
type Holder = { [KEY]?: Site };

/** Called by the build script with the site it validated, before Astro runs. */
export function handOffSite(site: Site): void {
  // One precision per indicator, fixed before any page is printed.
  settleDecimals(site.indicators);
  (globalThis as Holder)[KEY] = site;
}

export function getSite(): Site {
  const held = (globalThis as Holder)[KEY];
  if (held) return held;
  if (process.env.TERANG_HANDOFF === "1") {
    // The build script set this: a missing hand-off would mean validating a second time.
    throw new Error("The build script did not hand the validated site to Astro.");
  }
  const v = validateProject(process.env.TERANG_ROOT || process.cwd(), { today: buildToday() });
  if (!v.site) throw new Error(`Invalid data:\n${v.errors.map((e) => formatProblem(e, "en")).join("\n")}`);
  handOffSite(v.site);
  return v.site;
}

/**
 * Hands Astro the glossary ahead of the site: the build script does so while the project is still
 * being validated, so that policy documents, marked up with the glossary, compile meanwhile.
 */
export function handOffGlossary(glossary: Site["glossary"]): void {
  (globalThis as Record<symbol, unknown>)[GLOSSARY] = glossary;
}

/** The glossary policy documents compile with: the site's, the one handed ahead of it, or (without a hand-off) the validated project's. */
export function getGlossary(): Site["glossary"] {
  return (globalThis as Holder)[KEY]?.glossary ?? ((globalThis as Record<symbol, unknown>)[GLOSSARY] as Site["glossary"] | undefined) ?? getSite().glossary;
}
