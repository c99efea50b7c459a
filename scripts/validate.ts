/**
 * `npm run validate`: checks data/ and content/ without building. Exits 1 on any error;
 * warnings (overdue data, missing translations) are printed but do not fail.
 * `--format github` prints GitHub Actions annotations (`::error file=…,line=…,col=…::…`).
 */
import { validateProject } from "../src/lib/data/project.ts";
import { buildToday } from "../src/lib/data/staleness.ts";
import { cliFormat, cliLang, projectRoot, report } from "./cli.ts";

const root = projectRoot();
const v = validateProject(root, { today: buildToday() });
process.exitCode = report(v, cliLang(), { format: cliFormat(), root }) ? 0 : 1;
