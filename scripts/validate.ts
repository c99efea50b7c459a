/**
 * `npm run validate` (started from scripts/validate.mjs, which turns Node's compile cache on
 * first): checks data/ and content/ without building. Every policy document is
 * compiled with the build's MDX processor (src/lib/policyCompile.ts). Exits 1 on any error;
 * warnings (overdue data, missing translations) are printed but do not fail.
 * `--format github` prints GitHub Actions annotations (`::error file=…,line=…,col=…::…`).
 */
import { validateAndCompile } from "../src/lib/policyCompile.ts";
import { buildToday } from "../src/lib/data/staleness.ts";
import { cliFormat, cliLang, projectRoot, report } from "./cli.ts";

const root = projectRoot();
const v = await validateAndCompile(root, { today: buildToday() });
process.exitCode = report(v, cliLang(), { format: cliFormat(), root }) ? 0 : 1;
