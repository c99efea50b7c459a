/**
 * scripts/bench/build-log.ts: the phases and per-route times read from a build's output, as Astro
 * writes it with four routes in flight (paths and times interleaved, several on one line).
 */
import { describe, it, expect } from "vitest";
import { parseBuildLog, routeGroup } from "../../scripts/bench/build-log.ts";

const stamp = (s: number) => `12:00:${String(s).padStart(2, "0")}`;

describe("bench build log", () => {
  it("gives each route's time to the oldest route still waiting for one, across and within lines", () => {
    const text = [
      "Data valid: 2 indikator, 60 observasi, 1 dokumen, 20 wilayah.",
      `${stamp(1)} [types] Generated 12ms`,
      `${stamp(2)} [vite] ✓ built in 1.50s`,
      `${stamp(3)} [vite] ✓ built in 350ms`,
      " generating static routes ",
      // Four started before the first ended (one line), then times and starts mixed.
      `${stamp(4)}   ├─ /404.html${stamp(4)}   ├─ /indikator/a/index.html${stamp(4)}   ├─ /indikator/b/index.html${stamp(4)}   ├─ /en/indicators/a/index.html (+20ms) `,
      ` (+110ms) `,
      `${stamp(5)}   ├─ /data/regions.csv (+90ms) `,
      ` (+2.50s) `,
      `${stamp(6)}   └─ /en/indicators/b/index.html (+40ms) `,
      ` (+7ms) `,
      `${stamp(7)} ✓ Completed in 3.10s.`,
      `${stamp(7)} [build] Complete!`,
    ];
    const lines = text.map((t, i) => ({ ms: 1000 + i * 100, text: t }));
    const p = parseBuildLog(lines, 5000);
    // Starts in order: 404, ind/a, ind/b, en/a, data csv, en/b; times in order: 20, 110, 90, 2500, 40, 7.
    expect(p.routes).toEqual({
      "404.html": { count: 1, ms: 20 },
      "indikator/*": { count: 2, ms: 110 + 90 },
      "en/indicators/*": { count: 2, ms: 2500 + 7 },
      "data/*.csv": { count: 1, ms: 40 },
    });
    expect(p.staticMs).toBe(3100);
    expect(p.viteMs).toBe(1850);
    expect(p.typesMs).toBe(12);
    expect(p.validateMs).toBe(1000);
    expect(p.astroMs).toBe(1200);
    expect(p.afterMs).toBe(5000 - 2200);
  });

  it("groups routes by kind", () => {
    expect(routeGroup("/en/indicators/ikm/index.html")).toBe("en/indicators/*");
    expect(routeGroup("/indikator/ikm/index.html")).toBe("indikator/*");
    expect(routeGroup("/data/regions.csv")).toBe("data/*.csv");
    expect(routeGroup("/index.html")).toBe("index.html");
  });
});
