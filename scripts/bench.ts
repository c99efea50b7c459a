/**
 * `npm run bench`: how the build's cost grows with the amount of data, and whether it meets the
 * budgets of the issue "Build once, publish lean".
 *
 * It runs cases "indicators × regions" (default 10x20, 100x20, 1000x20 and 10x100; `--cases`
 * picks others, `--sizes 10,100` is short for 10x20,100x20). For each it writes a synthetic project
 * in the data contract (scripts/bench/dataset.ts: every indicator 15 years × every region, plus
 * policy documents), then measures, one after the other:
 * - `scripts/validate.ts` alone (what `npm run validate` runs);
 * - the real build, `scripts/build.ts`, with TERANG_ROOT at the project and TERANG_DIST at its dist:
 *   wall time, CPU time, peak memory (whole tree and largest process), where the time went;
 * - what it produced: pages, files, bytes, and the gzipped HTML, CSS and JS of one indicator page.
 * It prints a table, the cost per indicator (slope over the 20-region cases), the cost per region
 * (slope over the 10-indicator cases) and the budget checks, and writes everything to
 * bench/results.json (`--out` to change) after every case, so a run stopped half-way keeps what it
 * measured. `--profile` runs each build under `node --cpu-prof` (every thread, workers included)
 * and adds a summary of where its CPU went.
 *
 * The projects are written under bench/out/<indicators>x<regions>/ (git-ignored), inside the app
 * folder: the build's prerender bundle must resolve node_modules from where Astro writes it (see
 * bench/README.md).
 *
 * The code measured is a snapshot of the last commit (`git archive HEAD` into bench/out/app-<sha>/,
 * resolving node_modules from the checkout), so every case of one run measures the same code even
 * while other people edit the shared checkout; `--code worktree` measures the live working tree.
 *
 * Options: --cases 10x20,10x100  --sizes 10,100,1000  --profile  --out bench/results.json
 *          --timeout <minutes per build, default 40>  --code head|worktree  --keep (keep each
 *          built dist and the snapshot; by default dist is removed after measuring)
 *          --git <revisions> (commit each project into git with that many revisions after it, as a
 *          real deployment is, so the build reads every indicator's revision log; see
 *          scripts/bench/git-history.ts)
 *          --runs <builds per case> (default: 3 for cases of at most 2,000 indicator-regions, such
 *          as 100x20, whose builds take seconds; 1 for larger ones and with --profile). Each run
 *          starts from the same cold state; the median run is reported, every run's figures are
 *          kept, and memory is checked against the largest peak of any run (scripts/bench/runs.ts).
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDataset, MAX_REGIONS } from "./bench/dataset.ts";
import { commitHistory, type GitHistory } from "./bench/git-history.ts";
import { hasGnuTime, runMeasured, type RunResult } from "./bench/measure.ts";
import { parseBuildLog, type BuildPhases } from "./bench/build-log.ts";
import { outputStats, pageWeight, type OutputStats, type PageWeight } from "./bench/output.ts";
import { profileText, summarizeProfiles, type ProfileSummary } from "./bench/profile.ts";
import { defaultRuns, reportedRun, runsText, type RunFigures } from "./bench/runs.ts";
import { calibrate, CALIBRATION_PAGES } from "./bench/calibration.ts";
import { BUILD_NODE_FLAGS } from "./node-flags.mjs";
import { discard, emptyTrash } from "./bench/trash.ts";
import { machineCpu, machineCpuBetween, type MachineCpu } from "./bench/machine-cpu.ts";

const APP = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where what a run leaves is moved until the bench ends (scripts/bench/trash.ts). */
const TRASH = join(APP, "bench", "out", ".trash");
/** The build's "today": fixed, so every run validates the same data the same way. */
const TODAY = "2026-11-23";

/** One benchmark case: a project of `indicators` indicators × `regions` regions. */
interface Case {
  indicators: number;
  regions: number;
}
const label = (c: Case) => `${c.indicators}x${c.regions}`;
const DEFAULT_REGIONS = 20;
const DEFAULT_CASES: Case[] = [
  { indicators: 10, regions: 20 },
  { indicators: 100, regions: 20 },
  { indicators: 1000, regions: 20 },
  { indicators: 10, regions: 100 },
];

/** `10x20` → { indicators: 10, regions: 20 }. */
function parseCase(text: string): Case {
  const m = /^\s*(\d[\d_]*)\s*[x×]\s*(\d+)\s*$/i.exec(text);
  const c = m ? { indicators: Number(m[1]!.replace(/_/g, "")), regions: Number(m[2]) } : null;
  if (!c || c.indicators < 3 || c.regions < 2 || c.regions > MAX_REGIONS)
    throw new Error(`--cases takes indicators x regions, at least 3 indicators and 2 to ${MAX_REGIONS} regions, e.g. --cases 10x20,10x100 (got "${text}")`);
  return c;
}

/** Cheapest first (indicators × regions, then indicators), each once. */
function ordered(cases: Case[]): Case[] {
  const seen = new Map(cases.map((c) => [label(c), c]));
  return [...seen.values()].sort((a, b) => a.indicators * a.regions - b.indicators * b.regions || a.indicators - b.indicators);
}

interface Options {
  cases: Case[];
  profile: boolean;
  out: string;
  timeoutMs: number;
  keep: boolean;
  code: "head" | "worktree";
  /** Revisions committed after the project (`--git N`); 0: the project is not a git repository. */
  git: number;
  /** Builds per case (`--runs N`); null: defaultRuns. */
  runs: number | null;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { cases: ordered(DEFAULT_CASES), profile: false, out: join(APP, "bench", "results.json"), timeoutMs: 40 * 60_000, keep: false, code: "head", git: 0, runs: null };
  let picked: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--sizes" || flag === "--cases") {
      if (picked !== null && picked !== flag) throw new Error("use --sizes or --cases, not both (--sizes 10,100 is --cases 10x20,100x20)");
      picked = flag;
      const items = value().split(",").filter((s) => s.trim() !== "");
      if (flag === "--sizes") {
        const sizes = items.map((s) => Number(s.trim().replace(/_/g, "")));
        if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 3)) throw new Error("--sizes takes whole numbers ≥ 3, e.g. --sizes 10,100");
        opts.cases = ordered(sizes.map((n) => ({ indicators: n, regions: DEFAULT_REGIONS })));
      } else {
        if (items.length === 0) throw new Error("--cases takes indicators x regions, e.g. --cases 10x20,10x100");
        opts.cases = ordered(items.map(parseCase));
      }
    } else if (flag === "--profile") opts.profile = true;
    else if (flag === "--out") opts.out = resolve(value());
    else if (flag === "--timeout") {
      const min = Number(value());
      if (!(min > 0)) throw new Error("--timeout takes minutes, e.g. --timeout 25");
      opts.timeoutMs = min * 60_000;
    } else if (flag === "--keep") opts.keep = true;
    else if (flag === "--git") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error("--git takes a number of revisions, e.g. --git 12");
      opts.git = n;
    }
    else if (flag === "--runs") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error("--runs takes a number of builds per case, e.g. --runs 5");
      opts.runs = n;
    }
    else if (flag === "--code") {
      const v = value();
      if (v !== "head" && v !== "worktree") throw new Error("--code is head or worktree");
      opts.code = v;
    }
    else if (flag === "--help" || flag === "-h") {
      console.log("npm run bench -- [--cases 10x20,100x20,1000x20,10x100 | --sizes 10,100,1000] [--profile] [--out bench/results.json] [--timeout 40] [--code head|worktree] [--keep] [--git 12] [--runs 3]");
      process.exit(0);
    } else throw new Error(`unknown option ${flag} (try --help)`);
  }
  if (opts.profile && opts.runs !== null && opts.runs > 1) throw new Error("--profile measures one build per case: leave out --runs, or give --runs 1");
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
// One case.

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
  /** Largest RSS of one process seen by the 100 ms poll (a lower bound; GNU time's is exact). */
  peakProcessRssPolledBytes: number;
  /** 1-minute load average just before the run: how busy the shared machine was. */
  loadBefore: number;
  /**
   * CPU time by thread name (polled every 100 ms: Pagefind's process too, which GNU time may not
   * count), most first: `node MainThread` (Astro renders there), `node WorkerThread` (the
   * validation and share-image workers), `node V8Worker` (V8's helpers: garbage collection,
   * compilation), `pagefind_extended …` (its process); and how long those threads were ready to
   * run but waited for a core (`waitSeconds`, from schedstat; null where the kernel keeps none):
   * Astro's thread waiting long means the other threads crowd the cores while it renders.
   */
  cpuByThread: { name: string; threads: number; cpuSeconds: number; waitSeconds: number | null }[];
  /** The last lines of stderr when it failed. */
  failure?: string;
}

interface CaseResult {
  /** `<indicators>x<regions>`. */
  case: string;
  indicators: number;
  regions: number;
  documents: number;
  observations: number;
  years: number;
  inputBytes: number;
  generateMs: number;
  /** With --git: the project's history (commits in all, CSV files changed by the revisions). */
  git: GitHistory | null;
  validate: Measured;
  /**
   * The reported build (the median run by wall time, or the first failed one: scripts/bench/runs.ts)
   * and every run's figures. `profiled`: run under --cpu-prof, so its times include the profiler's
   * overhead. `calibrationMs`: the machine's speed just before the run, as the time a fixed piece of
   * work took on both cores (scripts/bench/calibration.ts); higher is a slower machine.
   */
  build: Measured & { calibrationMs: number; machineCpu: MachineCpu | null; phases: BuildPhases; log: string; profiled: boolean; runs: RunFigures[] };
  output: (OutputStats & { indicatorPage: PageWeight; homePage: PageWeight | null }) | null;
  /** With --profile: where the build's CPU went (all threads). */
  profile?: ProfileSummary;
}

/** Threads' CPU time summed by process and thread name, most first. */
function cpuByThread(threads: RunResult["threads"]): Measured["cpuByThread"] {
  const by = new Map<string, { name: string; threads: number; cpuSeconds: number; waitSeconds: number | null }>();
  for (const t of threads) {
    const name = `${t.process} ${t.thread}`;
    const e = by.get(name) ?? { name, threads: 0, cpuSeconds: 0, waitSeconds: 0 };
    e.threads++;
    e.cpuSeconds += t.cpuSeconds;
    // Unknown for the group if unknown for any of its threads.
    e.waitSeconds = e.waitSeconds === null || t.waitSeconds === null ? null : e.waitSeconds + t.waitSeconds;
    by.set(name, e);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return [...by.values()].map((e) => ({ ...e, cpuSeconds: round(e.cpuSeconds), waitSeconds: e.waitSeconds === null ? null : round(e.waitSeconds) })).sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

/** The largest single process: GNU time's exact figure, else the polled one. */
const oneProcessPeak = (m: Measured) => m.maxProcessRssBytes ?? m.peakProcessRssPolledBytes;
/** The largest single process over every run of a case. */
const peakOfRuns = (b: CaseResult["build"]) => Math.max(oneProcessPeak(b), ...b.runs.map((r) => r.peakOneProcessBytes));

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
    peakProcessRssPolledBytes: r.peakProcessRss,
    loadBefore,
    cpuByThread: cpuByThread(r.threads),
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
  discard(dir, TRASH);
  mkdirSync(dir, { recursive: true });
  const r = spawnSync("sh", ["-c", `git archive --format=tar ${sha} | tar -x -C "${dir}"`], { cwd: APP, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`could not unpack HEAD into ${dir}: ${r.stderr}`);
  log(`code: commit ${sha}, unpacked into ${relative(APP, dir)}`);
  return { dir, label: `commit ${sha}` };
}


async function runCase(c: Case, opts: Options, app: string, log: (s: string) => void): Promise<CaseResult> {
  const name = label(c);
  const root = join(APP, "bench", "out", name);
  discard(root, TRASH);
  mkdirSync(root, { recursive: true });
  const dist = join(root, "dist");
  const env = { ...process.env, TERANG_ROOT: root, TERANG_DIST: dist, TERANG_TODAY: TODAY, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };

  log(`\n== ${c.indicators} indicators × ${c.regions} regions (${name}) ==`);
  let t = performance.now();
  const data = generateDataset(root, c.indicators, { regions: c.regions });
  const generateMs = Math.round(performance.now() - t);
  const inputBytes = dirBytes(join(root, "data")) + dirBytes(join(root, "content"));
  log(`generated in ${ms(generateMs)}: ${data.indicators.length} indicators, ${data.regions.length} regions, ${data.observations} rows, ${data.documents} documents, ${mb(inputBytes)} (${relative(APP, root)})`);
  const git = opts.git > 0 ? commitHistory(root, opts.git) : null;
  if (git) log(`git: ${git.commits} commits, ${git.changes} CSV files changed by ${opts.git} revisions`);

  let load = loadavg()[0]!;
  const v = await runMeasured(process.execPath, [join(app, "scripts", "validate.mjs")], { cwd: app, env, timeoutMs: opts.timeoutMs });
  const validate = measured(v, load);
  log(`validate: ${validate.ok ? "ok" : "FAILED"} in ${ms(validate.wallMs)}, peak ${mb(validate.peakTreeRssBytes)}`);
  if (!validate.ok) log(validate.failure ?? "");

  // --profile: every Node thread of the build (workers too) writes its own .cpuprofile on exit.
  const profileDir = join(root, "profile");
  const buildEnv: NodeJS.ProcessEnv = { ...env, TERANG_LOG: "debug" };
  if (opts.profile) buildEnv.NODE_OPTIONS = [process.env.NODE_OPTIONS, "--cpu-prof", `--cpu-prof-dir="${profileDir}"`].filter(Boolean).join(" ");

  const runs = opts.runs ?? defaultRuns(c.indicators, c.regions, opts.profile);
  const logFile = join(root, "build.log");
  const builds: CaseResult["build"][] = [];
  for (let k = 1; k <= runs; k++) {
    // Every run starts as the first does: no dist/, no share images in the cache (dist is a link to
    // the site in .terang/dist/, scripts/publish.ts). Moved aside, not deleted (scripts/bench/trash.ts).
    for (const p of [dist, join(root, ".terang")]) discard(p, TRASH);
    const run = runs > 1 ? ` (run ${k} of ${runs})` : "";
    // The machine's speed just before the build (scripts/bench/calibration.ts).
    const calibration = await calibrate();
    load = loadavg()[0]!;
    log(`build${run}: running${opts.profile ? " under --cpu-prof" : ""} (log: ${relative(APP, logFile)}) …`);
    t = performance.now();
    const ticker = setInterval(() => log(`  … ${ms(performance.now() - t)}`), 60_000);
    const cpuBefore = machineCpu();
    const b = await runMeasured(process.execPath, [...BUILD_NODE_FLAGS, join(app, "scripts", "build.mjs")], { cwd: app, env: buildEnv, logFile, timeoutMs: opts.timeoutMs });
    const cores = machineCpuBetween(cpuBefore, machineCpu());
    clearInterval(ticker);
    const build = { ...measured(b, load), calibrationMs: calibration.ms, machineCpu: cores, phases: parseBuildLog(b.lines, b.wallMs), log: relative(APP, logFile), profiled: opts.profile, runs: [] };
    builds.push(build);
    const one = oneProcessPeak(build);
    log(`build${run}: ${build.ok ? "ok" : "FAILED"} in ${ms(build.wallMs)}, CPU ${build.cpuSeconds?.toFixed(1) ?? "?"} s, peak ${mb(build.peakTreeRssBytes)} (tree) / ${mb(one)} (one process${build.maxProcessRssBytes === null ? ", polled" : ""}), load before ${load.toFixed(1)}, machine check ${calibration.ms} ms`);
    if (cores) log(`machine during the build: ${cores.busySeconds.toFixed(1)} core-seconds busy, ${cores.idleSeconds.toFixed(1)} idle, ${cores.stealSeconds.toFixed(1)} stolen by the hypervisor`);
    log(`build CPU by thread (and time waiting for a core): ${build.cpuByThread.filter((t) => t.cpuSeconds >= 0.5).map((t) => `${t.name}${t.threads > 1 ? ` ×${t.threads}` : ""} ${t.cpuSeconds.toFixed(1)} s${t.waitSeconds === null ? "" : ` (waited ${t.waitSeconds.toFixed(1)} s)`}`).join(", ")}`);
    if (!build.ok) {
      const rendered = Object.values(build.phases.routes).reduce((s, g) => s + g.count, 0);
      log(`${build.failure ?? ""}\n(${rendered} routes had been rendered; Astro ${build.phases.astroMs === null ? "had not finished" : "finished"})`);
      break;
    }
  }
  const figures: RunFigures[] = builds.map((b) => ({ ok: b.ok, wallMs: b.wallMs, cpuSeconds: b.cpuSeconds, peakOneProcessBytes: oneProcessPeak(b), loadBefore: b.loadBefore, calibrationMs: b.calibrationMs, machineCpu: b.machineCpu }));
  const build = { ...reportedRun(builds), runs: figures };
  if (builds.length > 1) log(`build: ${build.ok ? "median" : "reported: the failed run,"} ${runsText(figures, build.wallMs)}`);

  let profile: ProfileSummary | undefined;
  if (opts.profile) {
    if (existsSync(profileDir) && readdirSync(profileDir).some((f) => f.endsWith(".cpuprofile"))) {
      profile = summarizeProfiles(profileDir, [app, APP]);
      const text = profileText(profile);
      writeFileSync(join(profileDir, "summary.txt"), text + "\n");
      log(`${text}\n(profiles and this summary in ${relative(APP, profileDir)}/)`);
    } else log(`(no CPU profile was written to ${relative(APP, profileDir)})`);
  }

  let output: CaseResult["output"] = null;
  if (build.ok && existsSync(dist)) {
    const stats = outputStats(dist);
    const indicatorPage = pageWeight(dist, `indikator/${data.sampleIndicator}/index.html`);
    const homePage = existsSync(join(dist, "index.html")) ? pageWeight(dist, "index.html") : null;
    output = { ...stats, indicatorPage, homePage };
    log(`output: ${stats.pages} pages, ${stats.files} files, ${mb(stats.bytes)}; indicator page gzip: HTML ${kb(indicatorPage.html.gzip)}, CSS ${kb(indicatorPage.css.gzip)}, JS ${kb(indicatorPage.js.gzip)}`);
  }
  // dist is a link to the site in .terang/dist/ (scripts/publish.ts): remove both.
  if (!opts.keep) for (const p of [dist, join(root, ".terang")]) discard(p, TRASH);

  return {
    case: name,
    indicators: data.indicators.length,
    regions: data.regions.length,
    documents: data.documents,
    observations: data.observations,
    years: 15,
    inputBytes,
    generateMs,
    git,
    validate,
    build,
    output,
    ...(profile ? { profile } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Cost per indicator and per region.

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

/** y ∝ x^k between two points: k = log(y2/y1) / log(x2/x1). 1 is linear, 2 quadratic. */
const exponent = (x1: number, y1: number, x2: number, y2: number) => (y1 > 0 && y2 > 0 && x2 !== x1 ? Math.log(y2 / y1) / Math.log(x2 / x1) : null);

interface Metric {
  key: string;
  label: string;
  unit: "ms" | "s" | "bytes" | "count";
  get: (r: CaseResult) => number | null;
}

/** The figures whose cost per indicator and per region is reported. */
const METRICS: Metric[] = [
  { key: "buildWallMs", label: "build wall time", unit: "ms", get: (r) => (r.build.ok ? r.build.wallMs : null) },
  { key: "buildCpuSeconds", label: "build CPU time", unit: "s", get: (r) => (r.build.ok ? r.build.cpuSeconds : null) },
  { key: "outputBytes", label: "output size", unit: "bytes", get: (r) => r.output?.bytes ?? null },
  { key: "outputFiles", label: "output files", unit: "count", get: (r) => r.output?.files ?? null },
  { key: "pages", label: "pages", unit: "count", get: (r) => r.output?.pages ?? null },
  { key: "buildPeakProcessRssBytes", label: "build peak memory (one process)", unit: "bytes", get: (r) => (r.build.ok ? peakOfRuns(r.build) : null) },
  { key: "validateWallMs", label: "validate wall time", unit: "ms", get: (r) => (r.validate.ok ? r.validate.wallMs : null) },
];

interface Slope {
  label: string;
  unit: Metric["unit"];
  points: { x: number; case: string; value: number }[];
  /** Between consecutive points: ratio, exponent k (cost ∝ x^k) and the cost per extra unit. */
  steps: { from: string; to: string; ratio: number | null; exponent: number | null; perUnit: number }[];
  /** Least-squares line value ≈ a + b·x: b is the cost per indicator (or per region). */
  fit: { a: number; b: number; formula: string } | null;
  /** With three points or more: the largest distance of a point from the line, as a share of its value. */
  maxDeviation: number | null;
}

interface Costs {
  /** Which cases, and what x is. */
  over: string;
  cases: string[];
  metrics: Record<string, Slope>;
}

function slopes(results: CaseResult[], x: (r: CaseResult) => number, symbol: string): Record<string, Slope> {
  const out: Record<string, Slope> = {};
  for (const m of METRICS) {
    const points = results
      .map((r) => ({ x: x(r), case: r.case, value: m.get(r) }))
      .filter((p): p is { x: number; case: string; value: number } => p.value !== null)
      .sort((a, b) => a.x - b.x);
    const steps = points.slice(1).map((p, i) => {
      const q = points[i]!;
      return { from: q.case, to: p.case, ratio: q.value > 0 ? p.value / q.value : null, exponent: exponent(q.x, q.value, p.x, p.value), perUnit: (p.value - q.value) / (p.x - q.x) };
    });
    const line = fitLine(
      points.map((p) => p.x),
      points.map((p) => p.value),
    );
    const maxDeviation =
      line && points.length >= 3 ? Math.max(...points.map((p) => (p.value !== 0 ? Math.abs(p.value - (line.a + line.b * p.x)) / Math.abs(p.value) : 0))) : null;
    out[m.key] = {
      label: m.label,
      unit: m.unit,
      points,
      steps,
      fit: line ? { a: line.a, b: line.b, formula: `${m.label} ≈ ${fmt(m.unit, line.a)} ${line.b < 0 ? "−" : "+"} ${fmt(m.unit, Math.abs(line.b))} × ${symbol}` } : null,
      maxDeviation,
    };
  }
  return out;
}

/**
 * Cost per indicator: the cases with 20 regions, against their number of indicators. Cost per
 * region: the cases with 10 indicators (else the indicator count with the most region counts),
 * against their number of regions.
 */
function costs(results: CaseResult[]): { perIndicator: Costs | null; perRegion: Costs | null } {
  const at20 = results.filter((r) => r.regions === DEFAULT_REGIONS);
  const perIndicator =
    new Set(at20.map((r) => r.indicators)).size >= 2
      ? { over: `indicators, at ${DEFAULT_REGIONS} regions`, cases: at20.map((r) => r.case), metrics: slopes(at20, (r) => r.indicators, "indicators") }
      : null;
  const byIndicators = new Map<number, CaseResult[]>();
  for (const r of results) byIndicators.set(r.indicators, [...(byIndicators.get(r.indicators) ?? []), r]);
  const spread = (n: number) => new Set((byIndicators.get(n) ?? []).map((r) => r.regions)).size;
  const n = spread(10) >= 2 ? 10 : [...byIndicators.keys()].sort((a, b) => spread(b) - spread(a) || a - b)[0];
  const group = n !== undefined && spread(n) >= 2 ? byIndicators.get(n)! : null;
  const perRegion = group ? { over: `regions, at ${n} indicators`, cases: group.map((r) => r.case), metrics: slopes(group, (r) => r.regions, "regions") } : null;
  return { perIndicator, perRegion };
}

// ---------------------------------------------------------------------------------------------
// The issue's budgets.

interface Budget {
  case: string;
  figure: string;
  unit: Metric["unit"];
  limit: number;
  get: (r: CaseResult) => number | null;
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const BUDGETS: Budget[] = [
  { case: "1000x20", figure: "build wall time", unit: "ms", limit: 60_000, get: (r) => r.build.wallMs },
  { case: "1000x20", figure: "peak memory of one process (RSS)", unit: "bytes", limit: 1.5 * GiB, get: (r) => peakOfRuns(r.build) },
  { case: "1000x20", figure: "dist/ size (sum of file sizes)", unit: "bytes", limit: 900 * MiB, get: (r) => r.output?.bytes ?? null },
  { case: "1000x20", figure: "dist/ files", unit: "count", limit: 20_000, get: (r) => r.output?.files ?? null },
  { case: "100x20", figure: "build wall time", unit: "ms", limit: 10_000, get: (r) => r.build.wallMs },
];

interface BudgetCheck {
  case: string;
  figure: string;
  limit: number;
  value: number | null;
  /** null: the case was not run (or gave no figure). A failed build fails every check of its case. */
  pass: boolean | null;
  text: string;
}

function budgets(results: CaseResult[]): BudgetCheck[] {
  return BUDGETS.map((b) => {
    const r = results.find((r) => r.case === b.case);
    const value = r ? b.get(r) : null;
    const pass = !r || value === null ? (r && !r.build.ok ? false : null) : r.build.ok && value <= b.limit;
    const limit = b.unit === "count" ? b.limit.toLocaleString("en") : fmt(b.unit, b.limit);
    const shown = value === null ? "—" : b.unit === "count" ? value.toLocaleString("en") : fmt(b.unit, value);
    const status = pass === null ? "not measured" : pass ? "pass" : "FAIL";
    const why = r && !r.build.ok ? (r.build.timedOut ? " (build timed out)" : " (build failed)") : !r ? " (case not run)" : "";
    const profiled = r?.build.profiled && b.unit === "ms" ? " (profiled: includes the profiler's overhead)" : "";
    const n = r?.build.runs.length ?? 0;
    const over = n > 1 ? (b.unit === "ms" ? ` (median of ${n} runs)` : b.figure.startsWith("peak memory") ? ` (largest of ${n} runs)` : "") : "";
    return { case: b.case, figure: b.figure, limit: b.limit, value, pass, text: `${status}: ${b.case} ${b.figure} ${shown} ≤ ${limit}${over}${why}${profiled}` };
  });
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

function table(results: CaseResult[]): string {
  const rows: string[][] = [["", ...results.map((r) => r.case)]];
  const add = (label: string, f: (r: CaseResult) => string) => rows.push([label, ...results.map(f)]);
  const ok = (r: CaseResult, f: (r: CaseResult) => string) => (r.build.ok ? f(r) : r.build.timedOut ? "timeout" : "failed");
  add("indicators", (r) => String(r.indicators));
  add("regions", (r) => String(r.regions));
  add("observations (CSV rows)", (r) => String(r.observations));
  add("policy documents", (r) => String(r.documents));
  add("validate wall", (r) => (r.validate.ok ? ms(r.validate.wallMs) : "failed"));
  add("build wall", (r) => ok(r, (r) => runsText(r.build.runs, r.build.wallMs) + (r.build.profiled ? " (prof.)" : "")));
  add("  routes rendered (log)", (r) => String(Object.values(r.build.phases.routes).reduce((s, g) => s + g.count, 0)));
  add("  validation step", (r) => (r.build.phases.validateMs === null ? "?" : ms(r.build.phases.validateMs)));
  add("  Astro", (r) => (r.build.phases.astroMs === null ? "?" : ms(r.build.phases.astroMs)));
  add("    static pages", (r) => (r.build.phases.staticMs === null ? "?" : ms(r.build.phases.staticMs)));
  add("  post-build + swap", (r) => (r.build.phases.afterMs === null ? "?" : ms(r.build.phases.afterMs)));
  add("build CPU (user+sys)", (r) => ok(r, (r) => (r.build.cpuSeconds === null ? "?" : `${r.build.cpuSeconds.toFixed(0)} s`)));
  add("build peak RSS, tree", (r) => mb(r.build.peakTreeRssBytes));
  add("build peak RSS, 1 process", (r) => mb(peakOfRuns(r.build)) + (r.build.maxProcessRssBytes === null ? " (polled)" : ""));
  add("load average before", (r) => r.build.loadBefore.toFixed(1));
  add("machine check (fixed work)", (r) => `${r.build.calibrationMs} ms`);
  add("pages (HTML files)", (r) => (r.output ? String(r.output.pages) : "—"));
  add("files", (r) => (r.output ? String(r.output.files) : "—"));
  add("output size", (r) => (r.output ? mb(r.output.bytes) : "—"));
  add("indicator page HTML gz", (r) => (r.output ? kb(r.output.indicatorPage.html.gzip) : "—"));
  add("indicator page CSS gz", (r) => (r.output ? kb(r.output.indicatorPage.css.gzip) : "—"));
  add("indicator page JS gz", (r) => (r.output ? kb(r.output.indicatorPage.js.gzip) : "—"));
  add("home page HTML gz", (r) => (r.output?.homePage ? kb(r.output.homePage.html.gzip) : "—"));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}

function costText(title: string, unitName: string, c: Costs | null, missing: string): string {
  if (!c) return `${title}: ${missing}`;
  const lines = [`${title} (${c.over}; cases ${c.cases.join(", ")}):`];
  for (const m of METRICS) {
    const s = c.metrics[m.key]!;
    if (!s.fit) continue;
    const steps = s.steps.map((st) => `${st.from}→${st.to} ×${st.ratio?.toFixed(2) ?? "?"} (^${st.exponent?.toFixed(2) ?? "?"})`).join(", ");
    const dev = s.maxDeviation === null ? "" : `; points within ${(s.maxDeviation * 100).toFixed(1)} % of the line`;
    lines.push(`  ${m.label}: ${fmt(m.unit, s.fit.b)} per ${unitName} (${s.fit.formula}; ${steps}${dev})`);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
const log = (s: string) => console.log(s);
const started = new Date();
const info = machine();
log(`Terang benchmark: cases ${opts.cases.map(label).join(", ")}${opts.profile ? " (profiled)" : ""}; ${info.cpus} × ${info.cpuModel}, ${mb(info.memoryBytes)} RAM, Node ${info.node}, Astro ${info.astro}`);
if (!info.gnuTime) log("(no /usr/bin/time: no CPU time, and peak memory of one process is the polled figure)");

// What a bench stopped half-way left aside (the deletion comes before the first build, as before).
emptyTrash(TRASH);
const code = codeUnderTest(opts.code, log);
const results: CaseResult[] = [];
const skipped: string[] = [];
const save = () => {
  mkdirSync(dirname(opts.out), { recursive: true });
  const doc = {
    started: started.toISOString(),
    finished: new Date().toISOString(),
    today: TODAY,
    machine: info,
    code: code.label,
    note:
      "Wall times are from the machine described in `machine`, whose speed varies: `calibrationMs`, for each build run, is the time a fixed piece of work took on both cores just before it (" + CALIBRATION_PAGES + " pages per thread, scripts/bench/calibration.ts; higher is a slower machine, and it is the same work for every commit). `machineCpu`, for each build run, is what the machine's cores did while it ran (core-seconds busy, idle, and stolen by the hypervisor, from /proc/stat; the bench's own polling counts as busy): a slow run with cores idle or stolen is the machine's doing. CPU time (user+sys of the whole build tree) is less sensitive to other work. Peak memory (tree) is the largest sum of the resident sets of the build and its child processes, polled every 100 ms; peak memory of one process is GNU time's maximum resident set size (threads, such as the share-image workers, count in their process). A case built several times (`build.runs`, each from the same cold state) reports its median run by wall time, and its largest peak of one process over all runs; build.log is the last run's." +
      (opts.profile ? " The builds ran under --cpu-prof: their times include the profiler's overhead." : ""),
    cases: opts.cases.map(label),
    profiled: opts.profile,
    skipped,
    results,
    costs: costs(results),
    budgets: budgets(results),
  };
  writeFileSync(opts.out, JSON.stringify(doc, null, 2) + "\n");
};

let failed: Case | null = null;
for (const c of opts.cases) {
  if (failed && c.indicators * c.regions >= failed.indicators * failed.regions) {
    skipped.push(label(c));
    continue;
  }
  const r = await runCase(c, opts, code.dir, log);
  results.push(r);
  save();
  if (!r.build.ok || !r.validate.ok) {
    failed = c;
    log(`The ${label(c)} ${r.validate.ok ? "build" : "validation"} did not finish: larger cases are not run.`);
  }
}
if (skipped.length > 0) save();

if (!opts.keep && code.dir !== APP) discard(code.dir, TRASH);
// Every case is measured: what was moved aside can go now.
emptyTrash(TRASH);

log("\n" + table(results));
const k = costs(results);
log("\n" + costText("Cost per indicator", "indicator", k.perIndicator, `needs two cases with ${DEFAULT_REGIONS} regions (e.g. 10x20 and 100x20)`));
log("\n" + costText("Cost per region", "region", k.perRegion, "needs two cases with the same number of indicators and different regions (e.g. 10x20 and 10x100)"));
log("\nBudgets (issue \"Build once, publish lean\"):\n" + budgets(results).map((b) => `  ${b.text}`).join("\n"));
if (skipped.length > 0) log(`\nNot run (after a failure): ${skipped.join(", ")}`);
log(`\nWritten to ${relative(process.cwd(), opts.out) || opts.out}`);
process.exitCode = failed ? 1 : 0;
