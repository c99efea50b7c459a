/**
 * Where a build's CPU went, from the V8 CPU profiles `node --cpu-prof` writes (one
 * `CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile` per thread, workers included, when the
 * thread exits).
 *
 * A .cpuprofile is JSON: `nodes` (each a call-tree node with `callFrame.functionName`,
 * `callFrame.url`, `callFrame.lineNumber` and `hitCount`), `samples` (the node on top of the stack
 * at each tick) and `timeDeltas` (microseconds since the previous tick). A node's self time is the
 * sum of the time of the ticks it was on top, as Chrome DevTools counts it (tick i lasts until
 * tick i + 1). The summary adds the self time of every thread, by function and by "where": a
 * package (`astro`, `vite`, `@napi-rs/canvas`, `d3`), a Node module (`node:zlib`), a source folder of the
 * app (`src/lib/charts`), a file of Astro's build bundle, or V8 itself (garbage collection,
 * `(program)`: compiling, native code the profiler cannot attribute). `(idle)` is a thread
 * waiting (for I/O, a worker, a timer); it is reported apart and is not CPU time.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly hitCount?: number;
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface ProfileEntry {
  readonly name: string;
  readonly ms: number;
  /** Share of all threads' CPU time (idle excluded), 0–1. */
  readonly share: number;
}

export interface ProfileSummary {
  readonly dir: string;
  /** One per profile file: its thread (0 is the main thread; workers count up), and its CPU time. */
  readonly threads: readonly { file: string; thread: number | null; wallMs: number; cpuMs: number; idleMs: number }[];
  /** Sum over threads of the sampled time that was not idle. */
  readonly cpuMs: number;
  readonly idleMs: number;
  /** Self time by package, Node module, source folder or bundle file, largest first. */
  readonly byWhere: readonly ProfileEntry[];
  /** Self time by function (name, file and line), largest first. */
  readonly byFunction: readonly (ProfileEntry & { where: string })[];
  /** Files that could not be read (a thread killed while writing its profile). */
  readonly unreadable: readonly string[];
}

const IDLE = "(idle)";

/** Chunk names of a bundle end in a content hash: `charts.DxY3_k9a.mjs` → `charts`. */
const chunkName = (file: string) => basename(file).replace(/\.(m?js|cjs)$/, "").replace(/[._-][A-Za-z0-9_-]{8}$/, "");

/**
 * Where a frame's code lives. `roots`: the app folders (the code measured and the checkout whose
 * node_modules it resolves), to show app files relative to them.
 */
export function whereOf(frame: CallFrame, roots: readonly string[]): string {
  const { url, functionName } = frame;
  if (url === "") {
    if (functionName === "(garbage collector)") return "V8: garbage collection";
    if (functionName === "(program)") return "V8: (program) — compiling, native code";
    if (functionName === IDLE) return IDLE;
    if (functionName === "(root)") return "(root)";
    return "V8: builtins";
  }
  if (url.startsWith("node:")) {
    const segs = url.slice(5).replace(/^internal\//, "").split("/");
    const mod = segs[0] === "deps" && segs[1] ? segs[1] : segs[0]!;
    return `node:${mod.replace(/\.js$/, "")}`;
  }
  if (url.startsWith("wasm://")) return "WebAssembly";
  let path = url;
  if (url.startsWith("file://")) {
    try {
      path = fileURLToPath(url);
    } catch {
      return url;
    }
  } else if (!url.startsWith("/")) return url.split(/[?#]/)[0]!;
  const nm = path.lastIndexOf(`${sep}node_modules${sep}`);
  if (nm >= 0) {
    const segs = path.slice(nm + 14).split(sep);
    const pkg = segs[0]!.startsWith("@") ? `${segs[0]}/${segs[1]}` : segs[0]!;
    return pkg.startsWith("d3-") ? "d3" : pkg;
  }
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel.startsWith("..") || rel === path) continue;
    const segs = rel.split(sep);
    // Astro's build bundle (prerender chunks, pages): the source is bundled, the chunk keeps a name.
    if (segs.some((s) => s === ".astro" || s === ".prerender" || s === "chunks" || s === "dist")) return `Astro bundle: ${chunkName(rel)}`;
    if (segs[0] === "src" && segs.length >= 4) return segs.slice(0, 3).join("/");
    return segs.join("/");
  }
  return path;
}

/** Self time of each node of one profile, in milliseconds. */
function selfTimes(p: CpuProfile): Map<number, number> {
  const out = new Map<number, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  if (samples.length > 0 && deltas.length === samples.length) {
    for (let i = 0; i < samples.length; i++) {
      // Tick i lasts until tick i + 1; the last one as long as the one before it.
      const us = i + 1 < deltas.length ? deltas[i + 1]! : (deltas[i] ?? 0);
      out.set(samples[i]!, (out.get(samples[i]!) ?? 0) + Math.max(0, us) / 1000);
    }
    return out;
  }
  // No samples: hit counts times the mean interval.
  const hits = p.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const per = hits > 0 ? (p.endTime - p.startTime) / 1000 / hits : 0;
  for (const n of p.nodes) if (n.hitCount) out.set(n.id, n.hitCount * per);
  return out;
}

/** Summarizes every `*.cpuprofile` in `dir`. `top`: how many entries per list. */
export function summarizeProfiles(dir: string, roots: readonly string[], top = 15): ProfileSummary {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort();
  const byWhere = new Map<string, number>();
  const byFunction = new Map<string, { ms: number; where: string }>();
  const threads: { file: string; thread: number | null; wallMs: number; cpuMs: number; idleMs: number }[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    let p: CpuProfile;
    try {
      p = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
      if (!Array.isArray(p.nodes)) throw new Error("no nodes");
    } catch {
      unreadable.push(file);
      continue;
    }
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    let cpu = 0;
    let idle = 0;
    for (const [id, ms] of selfTimes(p)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame) continue;
      const where = whereOf(frame, roots);
      if (where === IDLE) {
        idle += ms;
        continue;
      }
      if (where === "(root)") continue;
      cpu += ms;
      byWhere.set(where, (byWhere.get(where) ?? 0) + ms);
      const shortUrl = frame.url === "" ? "" : ` ${where === frame.url ? frame.url : `${where} › ${basename(frame.url.split(/[?#]/)[0]!)}`}:${frame.lineNumber + 1}`;
      const key = `${frame.functionName || "(anonymous)"}${shortUrl}`;
      const f = byFunction.get(key) ?? { ms: 0, where };
      f.ms += ms;
      byFunction.set(key, f);
    }
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile
    const m = /^CPU\.\d+\.\d+\.\d+\.(\d+)\.\d+\.cpuprofile$/.exec(file);
    threads.push({ file, thread: m ? Number(m[1]) : null, wallMs: (p.endTime - p.startTime) / 1000, cpuMs: cpu, idleMs: idle });
  }
  const cpuMs = threads.reduce((s, t) => s + t.cpuMs, 0);
  const share = (ms: number) => (cpuMs > 0 ? ms / cpuMs : 0);
  return {
    dir,
    threads,
    cpuMs,
    idleMs: threads.reduce((s, t) => s + t.idleMs, 0),
    byWhere: [...byWhere]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: share(ms) })),
    byFunction: [...byFunction]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([name, f]) => ({ name, where: f.where, ms: Math.round(f.ms), share: share(f.ms) })),
    unreadable,
  };
}

/** The summary as text, for the console and bench/README.md. */
export function profileText(s: ProfileSummary): string {
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);
  const main = s.threads.filter((t) => t.thread === 0);
  const workers = s.threads.filter((t) => t.thread !== 0);
  const lines = [
    `CPU profile: ${s.threads.length} thread(s) (${main.length} main, ${workers.length} worker), ${sec(s.cpuMs)} of CPU sampled` +
      ` (main ${sec(main.reduce((a, t) => a + t.cpuMs, 0))}, workers ${sec(workers.reduce((a, t) => a + t.cpuMs, 0))}), ${sec(s.idleMs)} idle`,
    "Self time by package / module / source folder:",
    ...s.byWhere.map((e) => `  ${pct(e.share)}  ${sec(e.ms).padStart(8)}  ${e.name}`),
    "Self time by function:",
    ...s.byFunction.map((e) => `  ${pct(e.share)}  ${sec(e.ms).padStart(8)}  ${e.name}`),
  ];
  if (s.unreadable.length > 0) lines.push(`(unreadable: ${s.unreadable.join(", ")})`);
  return lines.join("\n");
}
