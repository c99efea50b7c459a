/**
 * `npm run bench`: how the build's cost grows with the amount of data.
 *
 * For each size n (default 10, 100 and 1000 indicators; `-- --sizes 10,100` picks others) it
 * writes a synthetic project in the data contract (scripts/bench/dataset.ts: 20 regions × 15
 * years per indicator, plus policy documents), then measures, one after the other:
 * - `scripts/validate.ts` alone (what `npm run validate` runs);
 * - the real build, `scripts/build.ts`, with TERANG_ROOT at the project and TERANG_DIST at its dist:
 *   wall time, CPU time, peak memory, where the time went;
 * - what it produced: pages, files, bytes, and the gzipped HTML, CSS and JS of one indicator page.
 * It prints a table with per-indicator figures and the growth exponent between sizes, and writes
 * everything to bench/results.json (`--out` to change), after every size, so a run stopped
 * half-way keeps what it measured.
 *
 * The projects are written under bench/out/ (git-ignored), inside the app folder: the build's
 * prerender bundle must resolve node_modules from where Astro writes it (see bench/README.md).
 *
 * The code measured is a snapshot of the last commit (`git archive HEAD` into bench/out/app-<sha>/,
 * resolving node_modules from the checkout), so every size of one run measures the same code even
 * while other people edit the shared checkout; `--code worktree` measures the live working tree.
 *
 * Options: --sizes 10,100,1000  --out bench/results.json  --timeout <minutes per build, default 40>
 *          --code head|worktree  --keep (keep each generated project, its dist and the snapshot;
 *          by default dist is removed after measuring, since the 1000 site is large).
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDataset } from "./bench/dataset.ts";
import { hasGnuTime, runMeasured, type RunResult } from "./bench/measure.ts";
import { parseBuildLog, type BuildPhases } from "./bench/build-log.ts";
import { outputStats, pageWeight, type OutputStats, type PageWeight } from "./bench/output.ts";

const APP = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The build's "today": fixed, so every run validates the same data the same way. */
const TODAY = "2026-11-23";

interface Options {
  sizes: number[];
  out: string;
  timeoutMs: number;
  keep: boolean;
  code: "head" | "worktree";
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { sizes: [10, 100, 1000], out: join(APP, "bench", "results.json"), timeoutMs: 40 * 60_000, keep: false, code: "head" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--sizes") {
      const sizes = value()
        .split(",")
        .map((s) => Number(s.trim().replace(/_/g, "")));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 3)) throw new Error("--sizes takes whole numbers ≥ 3, e.g. --sizes 10,100");
      opts.sizes = [...new Set(sizes)].sort((a, b) => a - b);
    } else if (flag === "--out") opts.out = resolve(value());
    else if (flag === "--timeout") {
      const min = Number(value());
      if (!(min > 0)) throw new Error("--timeout takes minutes, e.g. --timeout 25");
      opts.timeoutMs = min * 60_000;
    } else if (flag === "--keep") opts.keep = true;
    else if (flag === "--code") {
      const v = value();
      if (v !== "head" && v !== "worktree") throw new Error("--code is head or worktree");
      opts.code = v;
    }
    else if (flag === "--help" || flag === "-h") {
      console.log("npm run bench -- [--sizes 10,100,1000] [--out bench/results.json] [--timeout 40] [--code head|worktree] [--keep]");
      process.exit(0);
    } else throw new Error(`unknown option ${flag} (try --help)`);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// The machine, so figures are read with what they were measured on.

function machine() {
  const sh = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: APP, encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  let model = cpus()[0]?.model ?? null;
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux.
  }
  return {
    cpus: Number(sh("nproc", [])) || cpus().length,
    cpuModel: model,
    memoryBytes: totalmem(),
    node: process.version,
    astro: JSON.parse(readFileSync(join(APP, "node_modules", "astro", "package.json"), "utf8")).version as string,
    os: sh("uname", ["-srm"]),
    commit: sh("git", ["rev-parse", "--short", "HEAD"]),
    dirty: (sh("git", ["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
    gnuTime: hasGnuTime(),
  };
}

// ---------------------------------------------------------------------------------------------
// One size.

interface Measured {
  ok: boolean;
  exitCode: number | null;
  timedOut: boolean;
  wallMs: number;
  cpuSeconds: number | null;
  /** Peak summed RSS of the process tree (polled every 100 ms). */
  peakTreeRssBytes: number;
  /** Largest RSS of one process (GNU time), when available. */
  maxProcessRssBytes: number | null;
  /** 1-minute load average just before the run: how busy the shared machine was. */
  loadBefore: number;
  /** The last lines of stderr when it failed. */
  failure?: string;
}

interface SizeResult {
  indicators: number;
  documents: number;
  observations: number;
  regions: number;
  years: number;
  inputBytes: number;
  generateMs: number;
  validate: Measured;
  build: Measured & { phases: BuildPhases; log: string };
  output: (OutputStats & { indicatorPage: PageWeight; homePage: PageWeight | null }) | null;
}

function measured(r: RunResult, loadBefore: number): Measured {
  const ok = r.exitCode === 0 && r.childSignal === null && !r.timedOut;
  const m: Measured = {
    ok,
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    wallMs: Math.round(r.wallMs),
    cpuSeconds: r.cpuSeconds,
    peakTreeRssBytes: r.peakTreeRss,
    maxProcessRssBytes: r.maxProcessRss,
    loadBefore,
  };
  if (!ok) {
    const tail = (r.stderr.trim() || r.stdout.trim()).split("\n").slice(-15).join("\n");
    m.failure = [r.timedOut ? "stopped: timeout" : null, r.childSignal !== null ? `terminated by signal ${r.childSignal}` : null, tail].filter(Boolean).join("\n");
  }
  return m;
}

function dirBytes(dir: string): number {
  let sum = 0;
  const r = spawnSync("du", ["-sb", dir], { encoding: "utf8" });
  if (r.status === 0) sum = Number(r.stdout.split(/\s/)[0]);
  return sum;
}

/**
 * The app to measure: the checkout itself, or the last commit unpacked into bench/out/app-<sha>/.
 * The snapshot has no node_modules of its own: Node and Vite find the checkout's by walking up.
 */
function codeUnderTest(mode: Options["code"], log: (s: string) => void): { dir: string; label: string } {
  if (mode === "worktree") return { dir: APP, label: "working tree" };
  const sha = spawnSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: APP, encoding: "utf8" }).stdout.trim();
  if (!sha) throw new Error("--code head needs a git checkout (or use --code worktree)");
  const dir = join(APP, "bench", "out", `app-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync("sh", ["-c", `git archive --format=tar ${sha} | tar -x -C "${dir}"`], { cwd: APP, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not unpack HEAD into ${dir}: ${r.stderr}`);
  log(`code: commit ${sha}, unpacked into ${relative(APP, dir)}`);
  return { dir, label: `commit ${sha}` };
}

async function runSize(n: number, opts: Options, app: string, log: (s: string) => void): Promise<SizeResult> {
  const root = join(APP, "bench", "out", `n${n}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const dist = join(root, "dist");
  const env = { ...process.env, TERANG_ROOT: root, TERANG_DIST: dist, TERANG_TODAY: TODAY, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };

  log(`\n== ${n} indicators ==`);
  let t = performance.now();
  const data = generateDataset(root, n);
  const generateMs = Math.round(performance.now() - t);
  const inputBytes = dirBytes(join(root, "data")) + dirBytes(join(root, "content"));
  log(`generated in ${ms(generateMs)}: ${data.indicators.length} indicators, ${data.observations} rows, ${data.documents} documents, ${mb(inputBytes)} (${relative(APP, root)})`);

  let load = loadavg()[0]!;
  const v = await runMeasured(process.execPath, [join(app, "scripts", "validate.ts")], { cwd: app, env, timeoutMs: opts.timeoutMs });
  const validate = measured(v, load);
  log(`validate: ${validate.ok ? "ok" : "FAILED"} in ${ms(validate.wallMs)}, peak ${mb(validate.peakTreeRssBytes)}`);
  if (!validate.ok) log(validate.failure ?? "");

  load = loadavg()[0]!;
  const logFile = join(root, "build.log");
  log(`build: running (log: ${relative(APP, logFile)}) …`);
  t = performance.now();
  const ticker = setInterval(() => log(`  … ${ms(performance.now() - t)}`), 60_000);
  const b = await runMeasured(process.execPath, [join(app, "scripts", "build.ts")], {
    cwd: app,
    env: { ...env, TERANG_LOG: "debug" },
    logFile,
    timeoutMs: opts.timeoutMs,
  });
  clearInterval(ticker);
  const build = { ...measured(b, load), phases: parseBuildLog(b.lines, b.wallMs), log: relative(APP, logFile) };
  log(`build: ${build.ok ? "ok" : "FAILED"} in ${ms(build.wallMs)}, CPU ${build.cpuSeconds ?? "?"} s, peak ${mb(build.peakTreeRssBytes)} (tree) / ${build.maxProcessRssBytes === null ? "?" : mb(build.maxProcessRssBytes)} (one process)`);
  if (!build.ok) {
    const rendered = Object.values(build.phases.routes).reduce((s, g) => s + g.count, 0);
    log(`${build.failure ?? ""}\n(${rendered} routes had been rendered; Astro ${build.phases.astroMs === null ? "had not finished" : "finished"})`);
  }

  let output: SizeResult["output"] = null;
  if (build.ok && existsSync(dist)) {
    const stats = outputStats(dist);
    const indicatorPage = pageWeight(dist, `indikator/${data.sampleIndicator}/index.html`);
    const homePage = existsSync(join(dist, "index.html")) ? pageWeight(dist, "index.html") : null;
    output = { ...stats, indicatorPage, homePage };
    log(`output: ${stats.pages} pages, ${stats.files} files, ${mb(stats.bytes)}; indicator page gzip: HTML ${kb(indicatorPage.html.gzip)}, CSS ${kb(indicatorPage.css.gzip)}, JS ${kb(indicatorPage.js.gzip)}`);
  }
  if (!opts.keep) rmSync(dist, { recursive: true, force: true });

  return {
    indicators: data.indicators.length,
    documents: data.documents,
    observations: data.observations,
    regions: 20,
    years: 15,
    inputBytes,
    generateMs,
    validate,
    build,
    output,
  };
}

// ---------------------------------------------------------------------------------------------
// Growth.

/** Least-squares line y = a + b·x. */
function fitLine(xs: number[], ys: number[]): { a: number; b: number } | null {
  if (xs.length < 2) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  if (sxx === 0) return null;
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/** y ∝ n^k between two sizes: k = log(y2/y1) / log(n2/n1). 1 is linear, 2 quadratic. */
const exponent = (n1: number, y1: number, n2: number, y2: number) => (y1 > 0 && y2 > 0 && n2 !== n1 ? Math.log(y2 / y1) / Math.log(n2 / n1) : null);

interface Metric {
  key: string;
  label: string;
  unit: "ms" | "s" | "bytes" | "count";
  get: (r: SizeResult) => number | null;
}

const METRICS: Metric[] = [
  { key: "buildWallMs", label: "build wall time", unit: "ms", get: (r) => (r.build.ok ? r.build.wallMs : null) },
  { key: "buildCpuSeconds", label: "build CPU time", unit: "s", get: (r) => (r.build.ok ? r.build.cpuSeconds : null) },
  { key: "buildPeakTreeRssBytes", label: "build peak memory (tree)", unit: "bytes", get: (r) => (r.build.ok ? r.build.peakTreeRssBytes : null) },
  { key: "validateWallMs", label: "validate wall time", unit: "ms", get: (r) => (r.validate.ok ? r.validate.wallMs : null) },
  { key: "pages", label: "pages", unit: "count", get: (r) => r.output?.pages ?? null },
  { key: "outputBytes", label: "output size", unit: "bytes", get: (r) => r.output?.bytes ?? null },
];

function growth(results: SizeResult[]) {
  const out: Record<string, unknown> = {};
  for (const m of METRICS) {
    const pts = results.map((r) => [r.indicators, m.get(r)] as const).filter((p): p is readonly [number, number] => p[1] !== null);
    const steps = [];
    for (let i = 1; i < pts.length; i++) {
      const [n1, y1] = pts[i - 1]!;
      const [n2, y2] = pts[i]!;
      steps.push({ from: n1, to: n2, ratio: y1 > 0 ? y2 / y1 : null, exponent: exponent(n1, y1, n2, y2), perExtraIndicator: (y2 - y1) / (n2 - n1) });
    }
    const line = fitLine(
      pts.map((p) => p[0]),
      pts.map((p) => p[1]),
    );
    out[m.key] = {
      label: m.label,
      unit: m.unit,
      perIndicator: pts.map(([n, y]) => ({ indicators: n, value: y / n })),
      steps,
      fit: line ? { a: line.a, b: line.b, formula: `${m.label} ≈ ${fmt(m.unit, line.a)} + ${fmt(m.unit, line.b)} × n` } : null,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Printing.

const ms = (v: number) => (v >= 60_000 ? `${Math.floor(v / 60_000)} min ${((v % 60_000) / 1000).toFixed(0)} s` : `${(v / 1000).toFixed(1)} s`);
const mb = (v: number) => (v >= 1024 ** 3 ? `${(v / 1024 ** 3).toFixed(2)} GiB` : `${(v / 1024 ** 2).toFixed(1)} MiB`);
const kb = (v: number) => `${(v / 1024).toFixed(1)} KiB`;
function fmt(unit: Metric["unit"], v: number): string {
  if (unit === "ms") return Math.abs(v) >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`;
  if (unit === "s") return `${v.toFixed(2)} s`;
  if (unit === "bytes") return Math.abs(v) >= 1024 ** 2 ? mb(v) : kb(v);
  return v.toFixed(1);
}

function table(results: SizeResult[]): string {
  const rows: string[][] = [["", ...results.map((r) => `${r.indicators} ind.`)]];
  const add = (label: string, f: (r: SizeResult) => string) => rows.push([label, ...results.map(f)]);
  const ok = (r: SizeResult, f: (r: SizeResult) => string) => (r.build.ok ? f(r) : r.build.timedOut ? "timeout" : "failed");
  add("observations (CSV rows)", (r) => String(r.observations));
  add("policy documents", (r) => String(r.documents));
  add("validate wall", (r) => (r.validate.ok ? ms(r.validate.wallMs) : "failed"));
  add("build wall", (r) => ok(r, (r) => ms(r.build.wallMs)));
  add("  per indicator", (r) => ok(r, (r) => `${(r.build.wallMs / r.indicators / 1000).toFixed(2)} s`));
  add("  routes rendered (log)", (r) => String(Object.values(r.build.phases.routes).reduce((s, g) => s + g.count, 0)));
  add("  validation step", (r) => (r.build.phases.validateMs === null ? "?" : ms(r.build.phases.validateMs)));
  add("  Astro", (r) => (r.build.phases.astroMs === null ? "?" : ms(r.build.phases.astroMs)));
  add("    static pages", (r) => (r.build.phases.staticMs === null ? "?" : ms(r.build.phases.staticMs)));
  add("  post-build + swap", (r) => (r.build.phases.afterMs === null ? "?" : ms(r.build.phases.afterMs)));
  add("build CPU (user+sys)", (r) => ok(r, (r) => (r.build.cpuSeconds === null ? "?" : `${r.build.cpuSeconds.toFixed(0)} s`)));
  add("build peak RSS, tree", (r) => mb(r.build.peakTreeRssBytes));
  add("build peak RSS, 1 process", (r) => (r.build.maxProcessRssBytes === null ? "?" : mb(r.build.maxProcessRssBytes)));
  add("load average before", (r) => r.build.loadBefore.toFixed(1));
  add("pages (HTML files)", (r) => (r.output ? String(r.output.pages) : "—"));
  add("files", (r) => (r.output ? String(r.output.files) : "—"));
  add("output size", (r) => (r.output ? mb(r.output.bytes) : "—"));
  add("  per indicator", (r) => (r.output ? mb(r.output.bytes / r.indicators) : "—"));
  add("indicator page HTML gz", (r) => (r.output ? kb(r.output.indicatorPage.html.gzip) : "—"));
  add("indicator page CSS gz", (r) => (r.output ? kb(r.output.indicatorPage.css.gzip) : "—"));
  add("indicator page JS gz", (r) => (r.output ? kb(r.output.indicatorPage.js.gzip) : "—"));
  add("home page HTML gz", (r) => (r.output?.homePage ? kb(r.output.homePage.html.gzip) : "—"));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}

function growthText(g: ReturnType<typeof growth>): string {
  const lines: string[] = [];
  for (const m of METRICS) {
    const e = g[m.key] as { steps: { from: number; to: number; ratio: number | null; exponent: number | null; perExtraIndicator: number }[]; fit: { formula: string } | null };
    if (e.steps.length === 0) continue;
    const steps = e.steps.map((s) => `${s.from}→${s.to}: ×${s.ratio?.toFixed(1) ?? "?"} (n^${s.exponent?.toFixed(2) ?? "?"}, +${fmt(m.unit, s.perExtraIndicator)} per extra indicator)`);
    lines.push(`${m.label}: ${steps.join("; ")}`);
    if (e.fit) lines.push(`  fit: ${e.fit.formula}`);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
const log = (s: string) => console.log(s);
const started = new Date();
const info = machine();
log(`Terang benchmark: sizes ${opts.sizes.join(", ")}; ${info.cpus} × ${info.cpuModel}, ${mb(info.memoryBytes)} RAM, Node ${info.node}, Astro ${info.astro}`);
if (!info.gnuTime) log("(no /usr/bin/time: peak memory is the polled sum of the process tree only)");

const code = codeUnderTest(opts.code, log);
const results: SizeResult[] = [];
const save = () => {
  mkdirSync(dirname(opts.out), { recursive: true });
  const doc = {
    started: started.toISOString(),
    finished: new Date().toISOString(),
    today: TODAY,
    machine: info,
    code: code.label,
    note: "Wall times are from a machine shared with other work; CPU time (user+sys of the whole build tree) is less sensitive to that. Peak memory (tree) is the largest sum of the resident sets of the build and its child processes, polled every 100 ms.",
    sizes: opts.sizes,
    results,
    growth: growth(results),
  };
  writeFileSync(opts.out, JSON.stringify(doc, null, 2) + "\n");
};

let failed = false;
for (const n of opts.sizes) {
  const r = await runSize(n, opts, code.dir, log);
  results.push(r);
  save();
  if (!r.build.ok || !r.validate.ok) {
    failed = true;
    log(`Stopping: the ${n}-indicator ${r.validate.ok ? "build" : "validation"} did not finish; larger sizes are not run.`);
    break;
  }
}

if (!opts.keep && code.dir !== APP) rmSync(code.dir, { recursive: true, force: true });

log("\n" + table(results));
const g = growthText(growth(results));
if (g) log("\nGrowth (ratio between sizes, exponent k in cost ∝ n^k, linear fit over all sizes):\n" + g);
log(`\nWritten to ${relative(process.cwd(), opts.out) || opts.out}`);
process.exitCode = failed ? 1 : 0;
