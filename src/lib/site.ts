/**
 * The validated site data, loaded once per build. `npm run build` validates before Astro runs;
 * this guard still refuses to render anything from invalid data if Astro is run directly.
 */
import { validateProject, type Site } from "./data/project.ts";
import { formatProblem } from "./data/errors.ts";
import { buildToday } from "./data/staleness.ts";

let cached: Site | undefined;

export function getSite(): Site {
  if (cached) return cached;
  const v = validateProject(process.env.TERANG_ROOT || process.cwd(), { today: buildToday() });
  if (!v.site) throw new Error(`Invalid data:\n${v.errors.map((e) => formatProblem(e, "en")).join("\n")}`);
  cached = v.site;
  return cached;
}

export function getIndicator(id: string) {
  const ind = getSite().indicators.find((i) => i.meta.id === id);
  if (!ind) throw new Error(`Unknown indicator ${id}`);
  return ind;
}

export function regionName(code: string): string {
  return getSite().regions.find((r) => r.code === code)?.name ?? code;
}
