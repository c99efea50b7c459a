/**
 * `npm run validate`: checks data/ and content/ without building. Exits 1 on any error;
 * warnings (overdue data, missing translations) are printed but do not fail.
 */
import { validateProject } from "../src/lib/data/project.ts";
import { buildToday } from "../src/lib/data/staleness.ts";
import { cliLang, projectRoot, report } from "./cli.ts";

const v = validateProject(projectRoot(), { today: buildToday() });
process.exitCode = report(v, cliLang()) ? 0 : 1;
