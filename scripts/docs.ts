/**
 * `npm run docs`: writes docs/DATA.md (the data contract and staff guide, Indonesian then
 * English) from the schemas and the error catalogue, through `guideMarkdown()`. With `--check`
 * it writes nothing and exits 1 when docs/DATA.md is out of date (tests/guide/docs.test.ts
 * checks the same).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { guideMarkdown } from "../src/lib/data/guide.ts";

export const DOCS_FILE = join(resolve(import.meta.dirname, ".."), "docs", "DATA.md");

const text = guideMarkdown();
const current = existsSync(DOCS_FILE) ? readFileSync(DOCS_FILE, "utf8") : null;
if (process.argv.includes("--check")) {
  if (current !== text) {
    console.error("docs/DATA.md is out of date: run `npm run docs`.");
    process.exitCode = 1;
  } else console.log("docs/DATA.md is up to date.");
} else if (current === text) {
  console.log("docs/DATA.md is up to date.");
} else {
  mkdirSync(dirname(DOCS_FILE), { recursive: true });
  writeFileSync(DOCS_FILE, text);
  console.log(`Wrote docs/DATA.md (${text.length} characters).`);
}
