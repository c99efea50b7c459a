/**
 * Bounded YAML (issue 13, point 6): an alias bomb ("billion laughs") is refused with an error that
 * names the file, not a stack trace, and the other files' errors are still reported; ordinary
 * anchors reused a few hundred times still work.
 */
import { describe, it, expect, afterEach } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { z } from "zod";
import { validateProject } from "../../src/lib/data/project.ts";
import { checkYaml, MAX_ALIAS_COUNT } from "../../src/lib/data/yaml.ts";
import { APP } from "../helpers/site.ts";
import { TODAY, tempProject, expectError, codes } from "./_helpers.ts";

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ..."bcdefghi".split("").map((c, i) => {
    const prev = "abcdefghi"[i]!;
    return `${c}: &${c} [${Array(9).fill(`*${prev}`).join(",")}]`;
  }),
].join("\n");

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});
function project(): string {
  const root = tempProject();
  roots.push(root);
  return root;
}

describe("YAML alias bombs (yaml.alias_limit)", () => {
  it("checkYaml(a billion-laughs document) returns an error at once, naming the file and the first alias's line", () => {
    const started = performance.now();
    const r = checkYaml(BOMB, "data/indicators/ikm.yml", z.any(), {});
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.value).toBeNull();
    expectError(r.problems, { code: "yaml.alias_limit", file: "data/indicators/ikm.yml", line: 2 }, { both: [String(MAX_ALIAS_COUNT)], id: ["alias"], en: ["alias"] });
  });

  it("validateProject(a bomb in ikm.yml, a bad region elsewhere) reports both, the bomb by file", () => {
    const root = project();
    writeFileSync(join(root, "data/indicators/ikm.yml"), `${BOMB}\n`);
    const regions = join(root, "data/regions.csv");
    writeFileSync(regions, readFileSync(regions, "utf8") + "1374,Kota Baru,Kota,13\n");
    const v = validateProject(root, { today: TODAY });
    expect(v.site).toBeNull();
    expect(codes(v.errors)).toEqual(["yaml.alias_limit", "regions.bad_kind"]);
    expect(v.errors[0]!.file).toBe("data/indicators/ikm.yml");
  });

  it("validateProject(a bomb in a policy document's frontmatter) names the document", () => {
    const root = project();
    const doc = join(root, "content/policies/evaluasi-contoh.mdx");
    writeFileSync(doc, readFileSync(doc, "utf8").replace("bahasa: id\n", `bahasa: id\n${BOMB}\n`));
    const v = validateProject(root, { today: TODAY });
    expect(v.errors.map((p) => [p.code, p.file])).toContainEqual(["yaml.alias_limit", "content/policies/evaluasi-contoh.mdx"]);
  });

  it("npm run validate on a project with a bomb prints the error line, no stack trace, and exits 1", () => {
    const root = project();
    writeFileSync(join(root, "data/situs.yml"), `${BOMB}\n`);
    const r = spawnSync(join(APP, "node_modules/.bin/node"), [join(APP, "scripts/validate.ts"), "--lang", "en"], {
      cwd: APP,
      env: { ...process.env, TERANG_ROOT: root, TERANG_TODAY: "2026-11-23" },
      encoding: "utf8",
      timeout: 60_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status, out).toBe(1);
    expect(out).toContain("data/situs.yml, line 2:");
    expect(out).toContain("aliases");
    expect(out).not.toMatch(/ReferenceError|\n\s+at .+:\d+:\d+/);
  });
});

describe("ordinary anchors", () => {
  it("validateProject(a glossary whose 300 entries reuse one anchored text) accepts it", () => {
    const root = project();
    const entries = Array.from({ length: 300 }, (_, i) =>
      i === 0
        ? '- istilah: T0\n  nama_lengkap: &nama { id: "Nama", en: "Name" }\n  definisi: &arti { id: "Arti.", en: "Meaning." }'
        : `- istilah: T${i}\n  nama_lengkap: *nama\n  definisi: *arti`,
    );
    writeFileSync(join(root, "data/glosarium.yml"), `${entries.join("\n")}\n`);
    const v = validateProject(root, { today: TODAY });
    expect(v.errors).toEqual([]);
    expect(v.site!.glossary).toHaveLength(300);
    expect(v.site!.glossary[299]!.definisi).toEqual({ id: "Arti.", en: "Meaning." });
  });
});
