/**
 * Runs a command and measures it: wall time, CPU time, and peak memory of the whole process tree.
 *
 * Memory is taken two ways. `/usr/bin/time -v` (GNU time) reports the largest resident set of any
 * single process it waited for; a poll of /proc every 100 ms sums the resident sets of the command
 * and all its descendants (esbuild, workers), which is what the machine must actually hold. The
 * poll can miss a spike shorter than its period; the sum counts shared pages once per process.
 *
 * The same poll reads each thread's CPU time (/proc/<pid>/task/<tid>/stat, user + system), so a
 * run says where its CPU went: Astro's main thread, the worker threads, V8's helper threads
 * (garbage collection, compilation), Pagefind's process. A thread's last tenth of a second, after
 * the last poll, is not counted.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, readlinkSync, rmSync, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { StringDecoder } from "node:string_decoder";

export const GNU_TIME = "/usr/bin/time";
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

export interface RunResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly wallMs: number;
  /** Peak of the summed RSS of the process tree (polled), in bytes. */
  readonly peakTreeRss: number;
  /** Largest RSS of one process of the tree (polled; GNU time's figure is exact), in bytes. */
  readonly peakProcessRss: number;
  /** Largest RSS of a single process, from GNU time (null without it), in bytes. */
  readonly maxProcessRss: number | null;
  /** User + system CPU seconds of the tree, from GNU time (null without it). */
  readonly cpuSeconds: number | null;
  /** Signal that ended the measured command under GNU time (which itself exits normally). */
  readonly childSignal: number | null;
  /** True when `timeoutMs` ran out and the command was stopped. */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** Each stdout line with the milliseconds since the start at which it arrived. */
  readonly lines: readonly { readonly ms: number; readonly text: string }[];
  /** CPU time by thread, as polled: every thread of the tree, most CPU first. */
  readonly threads: readonly ThreadCpu[];
}

export interface ThreadCpu {
  /** The process's executable and the thread's name (`node`/`MainThread`, `node`/`V8Worker`, `pagefind_extended`/`tokio-rt-worker`). */
  readonly process: string;
  readonly thread: string;
  readonly cpuSeconds: number;
  /**
   * How long it was ready to run but waited for a core (the run queue, from
   * /proc/<pid>/task/<tid>/schedstat), as polled; null where the kernel keeps no such figure. A
   * thread that waits long is held back by the others, not by its own work.
   */
  readonly waitSeconds: number | null;
  /** When the poll first and last saw it, in milliseconds since the start. */
  readonly fromMs: number;
  readonly toMs: number;
}

const TICK = 100; // USER_HZ: clock ticks per second in /proc/<pid>/stat

/** Name and CPU ticks (user + system) from a /proc stat line. */
function statTicks(stat: string): { name: string; ticks: number } {
  // The name is in parentheses and may hold spaces or parentheses itself: the fields follow the last ")".
  const close = stat.lastIndexOf(")");
  const f = stat.slice(close + 2).split(" ");
  return { name: stat.slice(stat.indexOf("(") + 1, close), ticks: Number(f[11]) + Number(f[12]) };
}

/** Nanoseconds a thread has waited on the run queue (the second field of its schedstat), or null. */
function waitNs(pid: number, tid: string): number | null {
  try {
    const wait = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[1]);
    return Number.isFinite(wait) ? wait : null;
  } catch {
    return null; // no schedstat (a kernel without it), or the thread ended meanwhile
  }
}

/** Child pids of `pid`, from /proc/<pid>/task/<tid>/children, else by scanning every /proc/<n>/stat. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const f = `/proc/${pid}/task/${tid}/children`;
      if (!existsSync(f)) return scanChildren(pid);
      for (const c of readFileSync(f, "utf8").trim().split(/\s+/)) if (c) out.push(Number(c));
    }
  } catch {
    // The process ended between the listing and the read.
  }
  return out;
}

function scanChildren(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 4 (ppid) follows the command name, which is in parentheses and may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // Gone already.
    }
  }
  return out;
}

function rssOf(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `root` (unless `skipRoot`: the wrapper, GNU time) and its descendants. */
const treePids = (root: number, skipRoot: boolean): number[] => (skipRoot ? descendants(root) : [root, ...descendants(root)]);

/** The sum of the processes' resident sets and the largest one of them. */
function rssSample(pids: readonly number[]): { sum: number; max: number } {
  let sum = 0;
  let max = 0;
  for (const pid of pids) {
    const rss = rssOf(pid);
    sum += rss;
    max = Math.max(max, rss);
  }
  return { sum, max };
}

interface GnuTime {
  maxRss: number | null;
  cpu: number | null;
  signal: number | null;
}

function parseGnuTime(text: string): GnuTime {
  const num = (label: string) => {
    const m = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
    return m ? Number(m[1]) : null;
  };
  const rssKb = num("Maximum resident set size \\(kbytes\\)");
  const user = num("User time \\(seconds\\)");
  const sys = num("System time \\(seconds\\)");
  const signal = /Command terminated by signal (\d+)/.exec(text);
  return { maxRss: rssKb === null ? null : rssKb * 1024, cpu: user === null || sys === null ? null : user + sys, signal: signal ? Number(signal[1]) : null };
}

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Also write stdout and stderr, interleaved, to this file. */
  readonly logFile?: string;
  /** Poll period for the /proc sampler. */
  readonly pollMs?: number;
  /** Stop the command after this long: SIGTERM to the whole tree, SIGKILL 15 s later. */
  readonly timeoutMs?: number;
}

/** Every descendant of `root` (not `root` itself), parents before children. */
function descendants(root: number): number[] {
  const out: number[] = [];
  const queue = childrenOf(root);
  const seen = new Set<number>([root]);
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    out.push(pid);
    queue.push(...childrenOf(pid));
  }
  return out;
}

function signalTree(root: number, signal: NodeJS.Signals, skipRoot = false): void {
  for (const pid of [...descendants(root), ...(skipRoot ? [] : [root])]) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const useTime = hasGnuTime();
  const timeFile = join(tmpdir(), `terang-bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, [...args]];
  const log = options.logFile ? createWriteStream(options.logFile) : null;
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const lines: { ms: number; text: string }[] = [];
  let partial = "";
  const decoder = new StringDecoder("utf8");
  child.stdout.on("data", (b: Buffer) => {
    stdout.push(b);
    log?.write(b);
    const ms = performance.now() - start;
    const parts = (partial + decoder.write(b)).split("\n");
    partial = parts.pop()!;
    for (const text of parts) lines.push({ ms, text });
  });
  child.stderr.on("data", (b: Buffer) => (stderr.push(b), log?.write(b)));
  let peak = 0;
  let peakOne = 0;
  const threads = new Map<string, { process: string; thread: string; ticks: number; wait: number | null; fromMs: number; toMs: number }>();
  const sample = () => {
    if (child.pid === undefined) return;
    // The tree is walked once per poll, for memory and CPU alike.
    const pids = treePids(child.pid, useTime);
    const { sum, max } = rssSample(pids);
    peak = Math.max(peak, sum);
    peakOne = Math.max(peakOne, max);
    const ms = performance.now() - start;
    for (const pid of pids) {
      try {
        // The executable's name (node, pagefind_extended): Node names its main thread, and so the process, MainThread.
        const proc = basename(readlinkSync(`/proc/${pid}/exe`));
        for (const tid of readdirSync(`/proc/${pid}/task`)) {
          const { name, ticks } = statTicks(readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8"));
          const wait = waitNs(pid, tid);
          const key = `${pid}/${tid}`;
          const t = threads.get(key);
          // The latest names: a new thread carries its creator's name until it names itself, and a
          // new process its parent's until it runs its program, so a worker or a child first seen
          // in that instant would otherwise count as its creator for good.
          // A wait not read this time (the thread ended between the two reads) keeps the last one read.
          if (t) Object.assign(t, { process: proc, thread: name, ticks, wait: wait ?? t.wait, toMs: ms });
          else threads.set(key, { process: proc, thread: name, ticks, wait, fromMs: ms, toMs: ms });
        }
      } catch {
        // The process or thread ended between the listing and the read.
      }
    }
  };
  const timer = setInterval(sample, options.pollMs ?? 100);
  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  const deadline =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          if (child.pid === undefined) return;
          // The measured command only (scripts/build.ts cleans up on SIGTERM): GNU time stays
          // alive to report the CPU time and peak memory of the part that ran.
          signalTree(child.pid, "SIGTERM", useTime);
          killTimer = setTimeout(() => {
            if (child.pid === undefined) return;
            signalTree(child.pid, "SIGKILL", useTime);
            // GNU time ends by itself once its command is gone; kill it only if it does not.
            killTimer = setTimeout(() => child.pid !== undefined && signalTree(child.pid, "SIGKILL"), 5_000);
          }, 15_000);
        }, options.timeoutMs);
  const stop = () => {
    clearInterval(timer);
    clearTimeout(deadline);
    clearTimeout(killTimer);
  };
  return new Promise((resolve, reject) => {
    child.on("error", (err) => {
      stop();
      reject(err);
    });
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - start;
      stop();
      if (partial) lines.push({ ms: wallMs, text: partial });
      log?.end();
      let gnu: GnuTime = { maxRss: null, cpu: null, signal: null };
      if (useTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, "utf8");
        gnu = parseGnuTime(text);
        rmSync(timeFile, { force: true });
      }
      resolve({
        exitCode: code,
        signal,
        wallMs,
        peakTreeRss: peak,
        peakProcessRss: peakOne,
        maxProcessRss: gnu.maxRss,
        cpuSeconds: gnu.cpu,
        childSignal: gnu.signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        lines,
        threads: [...threads.values()]
          .map(({ ticks, wait, ...t }) => ({ ...t, cpuSeconds: ticks / TICK, waitSeconds: wait === null ? null : wait / 1e9 }))
          .filter((t) => t.cpuSeconds > 0)
          .sort((a, b) => b.cpuSeconds - a.cpuSeconds),
      });
    });
  });
}
