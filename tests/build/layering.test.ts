/**
 * The layering of the source: pure data → page models (views) → components that only print →
 * routes, imports running one way. Reads every module's import statements (static imports and
 * `import()`), resolves relative paths, and checks each layer against the layers it may use.
 * Only routes (src/pages) may read the validated site (`src/lib/site.ts`).
 */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { APP } from "../helpers/site.ts";

const SRC = join(APP, "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Relative imports of a module, as paths relative to src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specs.filter((s) => s.startsWith(".")).map((s) => relative(SRC, resolve(dirname(file), s)));
}

type Layer = "base" | "data" | "lib" | "views" | "components" | "layouts" | "pages" | "scripts" | "site" | "other";
/** Leaf modules every layer may use: words, formats, routes, band rules (they import only data types), kept results (imports nothing). */
const BASE = /^lib\/(i18n\/|charts\/bands\.ts$|kept\.ts$)/;
function layer(path: string): Layer {
  if (path === "lib/site.ts") return "site";
  if (BASE.test(path)) return "base";
  if (path.startsWith("lib/data/")) return "data";
  if (path.startsWith("lib/views/")) return "views";
  if (path.startsWith("lib/")) return "lib";
  if (path.startsWith("components/")) return "components";
  if (path.startsWith("layouts/")) return "layouts";
  if (path.startsWith("pages/")) return "pages";
  if (path.startsWith("scripts/")) return "scripts";
  return "other";
}

/** Which layers each layer may import. */
const MAY: Record<Layer, readonly Layer[]> = {
  base: ["data", "base"],
  data: ["base", "data"],
  lib: ["base", "data", "lib"],
  views: ["base", "data", "lib", "views"],
  // Components and pages also import client scripts (src/scripts) inside their <script> tags.
  components: ["base", "data", "lib", "views", "components", "layouts", "scripts", "other"],
  layouts: ["base", "data", "lib", "views", "components", "layouts", "scripts", "other"],
  pages: ["base", "data", "lib", "views", "components", "layouts", "pages", "scripts", "site", "other"],
  // Client scripts may share pure code (formats, chart geometry, page-model types) with the build.
  scripts: ["base", "data", "lib", "views", "scripts"],
  site: ["base", "data", "lib"],
  other: ["base", "data", "lib", "other"],
};

describe("layering", () => {
  const all = files(SRC).map((f) => ({ path: relative(SRC, f), file: f }));

  it("finds the modules of every layer", () => {
    const seen = new Set(all.map((m) => layer(m.path)));
    for (const l of ["base", "data", "lib", "views", "components", "layouts", "pages", "site"] as const) expect(seen, l).toContain(l);
  });

  it("imports run one way: data → views → components → routes; only routes read the site", () => {
    const wrong: string[] = [];
    for (const m of all) {
      const from = layer(m.path);
      for (const target of imports(m.file)) {
        const to = layer(target);
        if (!MAY[from].includes(to)) wrong.push(`${m.path} (${from}) imports ${target} (${to})`);
      }
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  });

  it("no component, layout or view calls getSite()", () => {
    const callers = all.filter((m) => !["pages", "site"].includes(layer(m.path)) && /\bgetSite\s*\(/.test(readFileSync(m.file, "utf8"))).map((m) => m.path);
    expect(callers).toEqual([]);
  });
});

/** The modules `entries` load with static imports (type-only imports aside), and the packages among them. */
function staticGraph(entries: readonly string[]): { seen: Set<string>; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^import\s+(?!type\b)(?:[^;]*?from\s+)?["']([^"']+)["']/gm)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) walk(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  entries.forEach(walk);
  return { seen, packages };
}

/**
 * `npm run build` starts the validation before it loads the rest of the build (scripts/build.ts):
 * Astro waits for the data before it renders, so every module loaded ahead of the worker was
 * waiting time (about half a second at a thousand indicators).
 */
describe("the build's entry point", () => {
  const entry = readFileSync(join(APP, "scripts", "build.ts"), "utf8");
  const staticImports = [...entry.matchAll(/^import\s+(?:[^;]*?from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);

  it("loads only what starting the validation needs before it starts it", () => {
    // Node's own modules aside (compile-cache.ts turns Node's compile cache on before the validation starts).
    expect(staticImports.filter((s) => !s.startsWith("node:")).sort()).toEqual(["../src/lib/data/staleness.ts", "./cli.ts", "./compile-cache.ts", "./validate-start.ts"]);
    // What those modules load in turn: none of the build's heavy parts (Astro, Vite, Pagefind,
    // the canvas, d3, the build's own modules).
    const { seen, packages } = staticGraph(staticImports.filter((s) => s.startsWith(".")).map((s) => resolve(APP, "scripts", s)));
    expect([...seen].map((f) => relative(APP, f))).not.toContain("scripts/build-site.ts");
    // Node's own modules, and the CSV parser the error reports quote rows with (via cli.ts).
    expect([...packages].filter((p) => !p.startsWith("node:") && p !== "papaparse")).toEqual([]);
  });

  it("leaves the canvas library to the share-image workers: the main thread only keys the cards", () => {
    const { seen, packages } = staticGraph([join(APP, "scripts", "build-site.ts")]);
    expect([...seen].map((f) => relative(APP, f))).toContain("scripts/og-images.ts");
    expect([...packages]).toContain("pagefind"); // the walk reaches the post-build steps
    expect([...packages].filter((p) => p.startsWith("@napi-rs/"))).toEqual([]);
    // The workers do load it.
    expect([...staticGraph([join(APP, "scripts", "og-worker.ts")]).packages]).toContain("@napi-rs/canvas");
  });

  it("starts the validation, then imports the build", () => {
    const start = entry.indexOf("validateInWorker(");
    const load = entry.indexOf('import("./build-site.ts")');
    expect(start).toBeGreaterThan(0);
    expect(load).toBeGreaterThan(start);
  });
});


/**
 * Astro's configuration is loaded at the start of every build and every `astro check`, before
 * anything else of Astro's can start: what it loads is waiting time.
 */
describe("the Astro configuration", () => {
  it("loads without the SVG optimiser that astro/config would bring (about 270 modules the site does not use)", () => {
    // A child process records every module resolved while astro.config.mjs loads.
    const script = `
      import module from "node:module";
      const seen = new Set();
      module.registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.add(r.url); return r; } });
      await import(${JSON.stringify(pathToFileURL(join(APP, "astro.config.mjs")).href)});
      console.log(JSON.stringify([...seen]));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: APP, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const loaded: string[] = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    // It does load what it configures (the MDX integration), so the hook saw the loading.
    expect(loaded.some((u) => u.includes("/node_modules/@astrojs/mdx/"))).toBe(true);
    expect(loaded.filter((u) => /\/node_modules\/(svgo|csso)\//.test(u))).toEqual([]);
  });
});
