/**
 * Where a build's time goes, read from its output (`TERANG_LOG=debug` makes Astro log its steps
 * and every route it renders, with the route's time). Two sources:
 * - when each line arrived (stamped by the benchmark): the data are ready at "Data valid" (the
 *   validation runs in a worker thread while Astro starts beside it), Astro ends at "[build] Complete!", the rest is post-build, swap and exit;
 * - Astro's own figures: content sync and types, the Vite bundles, static generation, and the
 *   `(+Nms)` of each route, summed per kind of route.
 */

export interface RouteGroup {
  readonly count: number;
  readonly ms: number;
}

export interface BuildPhases {
  /**
   * Start → "Data valid": Node start-up, imports, the data validated (in a worker thread) and
   * handed to this one. Astro loads its configuration and bundles the site meanwhile.
   */
  readonly validateMs: number | null;
  /** "Data valid" → "[build] Complete!": what Astro does after the data are ready (the pages, mostly). */
  readonly astroMs: number | null;
  /** "[build] Complete!" → exit: post-build steps, the swap into dist/, exit. */
  readonly afterMs: number | null;
  /** Astro's figures. */
  readonly typesMs: number | null;
  readonly viteMs: number | null;
  readonly staticMs: number | null;
  /** Routes per kind (`indikator/*`, `sematkan/*`, …): how many, and their summed render time. */
  readonly routes: Record<string, RouteGroup>;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Astro's durations: `453ms`, `2.58s`, `7m 26s` (see getTimeStat in astro/dist/core/build/util.js). */
const D = String.raw`((?:\d+m\s*)?[\d.]+m?s)`;
export function duration(text: string): number {
  const m = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === "s" ? 1000 : 1);
}

/** A route's path as Astro logs it (up to the next log line's time stamp, or a space), or a route's time. */
const ROUTE_TOKEN = new RegExp(String.raw`[├└]─ (\S+?)(?=\d{2}:\d{2}:\d{2}|\s|$)|\(\+${D}\)`, "g");

/** `/en/indicators/ikm/index.html` → `en/indicators/*`; `/data/ikm.csv/` → `data/*.csv`. */
export function routeGroup(path: string): string {
  const segs = path.split("/").filter(Boolean);
  if (segs[segs.length - 1] === "index.html") segs.pop();
  if (segs.length === 0) return "index.html";
  const depth = segs[0] === "en" || segs[0] === "data" ? 2 : 1;
  if (segs.length <= depth) {
    const last = segs[segs.length - 1]!;
    const ext = /\.[a-z0-9]+$/i.exec(last)?.[0];
    const head = segs.slice(0, -1).join("/");
    if (ext && head) return `${head}/*${ext}`;
    return segs.join("/");
  }
  return `${segs.slice(0, depth).join("/")}/*`;
}

/** `lines`: stdout lines stamped with their arrival; `wallMs`: when the process exited. */
export function parseBuildLog(lines: readonly { ms: number; text: string }[], wallMs: number): BuildPhases {
  let validEnd: number | null = null;
  let complete: number | null = null;
  let types: number | null = null;
  let vite: number | null = null;
  let staticMs: number | null = null;
  let inRoutes = false;
  const routes: Record<string, { count: number; ms: number }> = {};
  const pending: string[] = [];
  for (const { ms, text: raw } of lines) {
    const text = raw.replace(ANSI, "");
    if (validEnd === null && /^Data valid\b/.test(text)) validEnd = ms;
    if (/\[build\] Complete!/.test(text)) complete = ms;
    let m = new RegExp(String.raw`\[types\] Generated ${D}`).exec(text);
    if (m) types = duration(m[1]!);
    m = new RegExp(String.raw`\[vite\] ✓ built in ${D}`).exec(text);
    if (m) vite = (vite ?? 0) + duration(m[1]!);
    if (/generating static routes/.test(text)) inRoutes = true;
    if (inRoutes) {
      // Astro writes a route's path when it starts it and its time when it ends. Four routes are
      // rendered at a time (build.concurrency), so paths and times interleave, across lines and
      // within one ("├─ /a/index.html12:00:01   ├─ /b/index.html (+9ms)"): each time is given to
      // the oldest path still waiting for one. The routes start in order, so that is the one that
      // ended, unless a later one overtook it; per kind of route the sums are near enough.
      let seen = false;
      for (const t of text.matchAll(ROUTE_TOKEN)) {
        seen = true;
        if (t[1] !== undefined) {
          pending.push(t[1]);
          continue;
        }
        const path = pending.shift();
        if (path === undefined) continue;
        const g = (routes[routeGroup(path)] ??= { count: 0, ms: 0 });
        g.count++;
        g.ms += duration(t[2]!);
      }
      if (seen) continue;
    }
    m = new RegExp(String.raw`^(?:\S+ )?✓ Completed in ${D}\.?$`).exec(text.trim());
    if (inRoutes && m) {
      staticMs = duration(m[1]!);
      inRoutes = false;
    }
  }
  return {
    validateMs: validEnd,
    astroMs: validEnd !== null && complete !== null ? complete - validEnd : null,
    afterMs: complete !== null ? Math.max(0, wallMs - complete) : null,
    typesMs: types,
    viteMs: vite,
    staticMs,
    routes,
  };
}
