/** Shared by the command-line scripts: language, project root, printing problems. */
import { resolve } from "node:path";
import { formatProblem, type Problem } from "../src/lib/data/errors.ts";
import type { Lang } from "../src/lib/data/model.ts";
import type { Validation } from "../src/lib/data/project.ts";
import { fileReader, githubAnnotation } from "./annotations.ts";

/** `--lang en|id`, else English when the locale is English, else Indonesian. */
export function cliLang(argv: readonly string[] = process.argv, env = process.env): Lang {
  const i = argv.indexOf("--lang");
  const flag = i !== -1 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  if (flag === "en" || flag === "id") return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "id";
}

/** `--format github`: problems as GitHub Actions annotations; else plain lines. */
export function cliFormat(argv: readonly string[] = process.argv): "text" | "github" {
  const i = argv.indexOf("--format");
  const flag = i !== -1 ? argv[i + 1] : argv.find((a) => a.startsWith("--format="))?.slice(9);
  return flag === "github" ? "github" : "text";
}

/** Where `data/` and `content/` live: `TERANG_ROOT`, else the working directory. */
export const projectRoot = (env = process.env): string => resolve(env.TERANG_ROOT || process.cwd());

const T = {
  id: {
    errors: (n: number) => `${n} kesalahan ditemukan; situs tidak diterbitkan.`,
    warnings: (n: number) => `${n} peringatan (tidak menghentikan penerbitan):`,
    ok: (s: Validation["stats"]) => `Data valid: ${s.indicators} indikator, ${s.observations} observasi, ${s.documents} dokumen, ${s.regions} wilayah.`,
  },
  en: {
    errors: (n: number) => `${n} ${n === 1 ? "error" : "errors"} found; the site was not published.`,
    warnings: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"} (publishing goes on):`,
    ok: (s: Validation["stats"]) => `Data valid: ${s.indicators} indicators, ${s.observations} observations, ${s.documents} documents, ${s.regions} regions.`,
  },
} as const;

function printList(problems: readonly Problem[], lang: Lang, out: (s: string) => void) {
  for (const p of problems) out(`  ✗ ${formatProblem(p, lang)}`);
}

/** Prints a validation; returns true when it has no errors. */
export function report(v: Validation, lang: Lang, options: { format?: "text" | "github"; root?: string } = {}): boolean {
  const t = T[lang];
  if (options.format === "github") {
    // Workflow commands go to stdout, where the runner reads them.
    const read = fileReader(options.root ?? projectRoot());
    for (const p of [...v.warnings, ...v.errors]) console.log(githubAnnotation(p, lang, read));
    if (v.errors.length > 0) {
      console.log(t.errors(v.errors.length));
      return false;
    }
    if (v.warnings.length > 0) console.log(t.warnings(v.warnings.length).replace(/:$/, "."));
    console.log(t.ok(v.stats));
    return true;
  }
  if (v.warnings.length > 0) {
    console.warn(t.warnings(v.warnings.length));
    printList(v.warnings, lang, (s) => console.warn(s.replace("✗", "!")));
  }
  if (v.errors.length > 0) {
    printList(v.errors, lang, (s) => console.error(s));
    console.error(t.errors(v.errors.length));
    return false;
  }
  console.log(t.ok(v.stats));
  return true;
}
