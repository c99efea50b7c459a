/** Small builders for chart unit tests: periods and series from short literals. */
import { parsePeriod, type Period } from "../../src/lib/data/period.ts";
import type { Series } from "../../src/lib/charts/series.ts";

export function period(code: string): Period {
  const p = parsePeriod(code);
  if (!p) throw new Error(`bad period ${code}`);
  return p;
}

/** A series from `[period, value, note?]` triples (`null` value: missing). */
export function series(key: string, slot: number, points: readonly (readonly [string, number | null, string?])[], label = key): Series {
  return { key, label, slot, points: points.map(([c, v, n]) => ({ period: period(c), value: v, note: n ?? null })) };
}

/** Counts the sub-paths (`M` commands) of an SVG path. */
export const subpaths = (d: string): number => (d.match(/M/g) ?? []).length;

/** The x/y pairs of an SVG path made of M and L commands. */
export function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const unescape = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" } as Record<string, string>)[e.toLowerCase()]!,
  );
const plain = (html: string) => unescape(html.replace(/<[^>]+>/g, "")).trim();

/** An attribute's value in a start tag, null without it. */
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

export interface GroupPoint {
  /** The point's start tag (`<use x="…" y="…">` for a vertex of the line). */
  readonly tag: string;
  /** The centre of a marker, null for a bar. */
  readonly x: number | null;
  readonly y: number | null;
}

/**
 * The points of a series group (its markup), in order, as the page script has them: each `<use>`
 * (a gap's marker) and `data-point` element, and a point on each vertex of the group's line when
 * the line draws its points as markers (`marker-mid`; terang-chart.ts puts a `<use>` there). A
 * group's points are in time order, so they are merged by position.
 */
export function groupPoints(group: string): GroupPoint[] {
  const own = [...group.matchAll(/<use\s[^>]*>|<[^>]*\sdata-point(?=[\s>=/])[^>]*>/g)].map((m) => {
    const x = attr(m[0], "x"), y = attr(m[0], "y");
    return { tag: m[0], x: m[0].startsWith("<use") && x !== null ? Number(x) : null, y: m[0].startsWith("<use") && y !== null ? Number(y) : null };
  });
  const line = /<path class="line"[^>]*\smarker-mid="[^"]*"[^>]*>/.exec(group)?.[0];
  if (!line) return own;
  const vertices = pathPoints(attr(line, "d") ?? "").map(([x, y]) => ({ tag: `<use x="${x}" y="${y}">`, x, y }));
  return [...own, ...vertices].sort((a, b) => a.x! - b.x!);
}

export interface TablePoint {
  /** The series group's key. */
  readonly series: string;
  /** The point's start tag. */
  readonly tag: string;
  /** The centre of a marker (`<use x y>`), null for a bar. */
  readonly x: number | null;
  readonly y: number | null;
  /** The head of its table row: the period, or the region in a comparison. */
  readonly head: string;
  readonly value: string;
  readonly note: string | null;
}

/**
 * The points of one drawing (markup of its `<svg>`) in a built figure (markup of its
 * `<terang-chart>`), with the texts the page script reads for them from the figure's table, by
 * the same rule (src/lib/charts/scene.ts): the n-th `.series` group is the n-th value column, its
 * n-th point the n-th row or the n-th of its `data-rows`; the comparison's bars are the rows.
 */
export function tablePoints(fig: string, svg: string): TablePoint[] {
  const tbody = fig.slice(fig.indexOf("<tbody"), fig.indexOf("</tbody>"));
  const rows = [...tbody.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!));
  const bars = /data-kind="perbandingan"/.test(fig.slice(0, fig.indexOf(">")));
  return [...svg.matchAll(/<g class="series[^"]*" data-series-group="([^"]+)"([^>]*)>([\s\S]*?)<\/g>/g)].flatMap((g, col) => {
    const at = attr(g[2]!, "data-rows")?.split(",").flatMap((run) => {
      const [a = 0, b = a] = run.split("-").map(Number);
      return Array.from({ length: b - a + 1 }, (_, i) => a + i);
    });
    return groupPoints(g[3]!).map((p, i) => {
      const row = rows[at ? at[i]! : i]!;
      const cell = row[bars ? 1 : col + 1]!;
      const note = /<span class="cell-note"[^>]*>([\s\S]*?)<\/span>/.exec(cell);
      return {
        series: g[1]!,
        ...p,
        head: plain(row[0]!),
        value: plain(cell.replace(/<span class="cell-note"[\s\S]*?<\/span>/, "")),
        note: note ? plain(note[1]!) : null,
      };
    });
  });
}
