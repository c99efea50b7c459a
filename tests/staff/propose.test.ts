/**
 * "Propose this change" (issue 16, point 5): the upload page of each repository host for exactly
 * the indicator's path, the checker's model (no button without `repositori` in situs.yml), and
 * the file the checker downloads: for every sample indicator, the normal form of its checked rows
 * is a file validate accepts, reads back as the same observations, and writes back byte for byte.
 */
import { describe, it, expect, afterAll } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { validateProject } from "../../src/lib/data/project.ts";
import { formatProblem } from "../../src/lib/data/errors.ts";
import { normalCsv, proposeUrl } from "../../src/lib/data/propose.ts";
import { checkerView } from "../../src/lib/views/pages.ts";
import type { Indicator } from "../../src/lib/data/model.ts";
import { APP, TODAY } from "../helpers/site.ts";

const today = new Date(`${TODAY}T00:00:00Z`);
const roots: string[] = [];
afterAll(() => { for (const r of roots) rmSync(r, { recursive: true, force: true }); });
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), "terang-propose-"));
  roots.push(root);
  cpSync(join(APP, "data"), join(root, "data"), { recursive: true });
  cpSync(join(APP, "content"), join(root, "content"), { recursive: true });
  return root;
}
const normal = (i: Indicator) => normalCsv(i.periodColumn, (i.meta.dimensi ?? []).map((d) => d.kolom), i.observations);
const plain = (i: Indicator) => i.observations.map((o) => [o.period.code, o.region, o.dims, o.value, o.note]);

describe("the host's upload page", () => {
  const path = "data/indicators/ikm.csv";
  it("GitHub: the folder's upload page on the branch", () => {
    expect(proposeUrl({ host: "github", url: "https://github.com/pemda-sawahlunto/terang/", branch: "main" }, path)).toBe("https://github.com/pemda-sawahlunto/terang/upload/main/data/indicators");
  });
  it("GitLab: the file's page (its Replace button uploads), also on a self-hosted instance in a group", () => {
    expect(proposeUrl({ host: "gitlab", url: "https://gitlab.com/pemda/data/terang", branch: "main" }, path)).toBe("https://gitlab.com/pemda/data/terang/-/blob/main/data/indicators/ikm.csv");
    expect(proposeUrl({ host: "gitlab", url: "https://git.sawahluntokota.go.id/diskominfo/terang", branch: "produksi" }, path)).toBe("https://git.sawahluntokota.go.id/diskominfo/terang/-/blob/produksi/data/indicators/ikm.csv");
  });
  it("Gitea: the folder's upload page, the branch name escaped", () => {
    expect(proposeUrl({ host: "gitea", url: "https://gitea.example.go.id/bkpsdm/terang", branch: "data baru" }, path)).toBe("https://gitea.example.go.id/bkpsdm/terang/_upload/data%20baru/data/indicators");
  });
});

describe("the checker's model", () => {
  it("has no propose step without `repositori` in situs.yml, and one URL per indicator with it", () => {
    const root = copy();
    const file = join(root, "data/situs.yml");
    const yml = readFileSync(file, "utf8").replace(/^repositori:.*(\n  .*)*\n?/m, "");
    writeFileSync(file, yml);
    const without = validateProject(root, { today });
    expect(without.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    const none = checkerView(without.site!, "id");
    expect(none.propose).toBeNull();
    expect(none.config.indicators.every((i) => i.proposeUrl === undefined)).toBe(true);

    writeFileSync(file, `${yml}repositori:\n  host: gitea\n  url: "https://gitea.example.go.id/bkpsdm/terang"\n`);
    const withRepo = validateProject(root, { today });
    expect(withRepo.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    const view = checkerView(withRepo.site!, "en");
    expect(view.propose).toEqual({ host: "Gitea" });
    for (const i of view.config.indicators) expect(i.proposeUrl).toBe("https://gitea.example.go.id/bkpsdm/terang/_upload/main/data/indicators");
  });

  it("refuses a repository host it cannot link to", () => {
    const root = copy();
    const file = join(root, "data/situs.yml");
    writeFileSync(file, `${readFileSync(file, "utf8").replace(/^repositori:.*(\n  .*)*\n?/m, "")}repositori:\n  host: bitbucket\n  url: "https://bitbucket.org/x/y"\n`);
    const v = validateProject(root, { today });
    expect(v.errors.map((p) => p.file)).toContain("data/situs.yml");
  });
});

describe("the downloaded file", () => {
  it("is, for every sample indicator, a file validate accepts with the same observations, written back byte for byte", () => {
    const first = validateProject(APP, { today });
    expect(first.errors).toEqual([]);
    const root = copy();
    const texts = new Map(first.site!.indicators.map((i) => [i.meta.id, normal(i)]));
    for (const [id, text] of texts) writeFileSync(join(root, "data/indicators", `${id}.csv`), text);
    const again = validateProject(root, { today });
    expect(again.errors.map((p) => formatProblem(p, "en"))).toEqual([]);
    for (const ind of again.site!.indicators) {
      const before = first.site!.indicators.find((i) => i.meta.id === ind.meta.id)!;
      expect(plain(ind), ind.meta.id).toEqual(plain(before));
      expect(ind.csvText, ind.meta.id).toBe(texts.get(ind.meta.id));
      expect(normal(ind), ind.meta.id).toBe(texts.get(ind.meta.id));
    }
    // The sample holds a ';' file with decimal commas and a BOM; its normal form is ',' and '.'.
    const semi = first.site!.indicators.find((i) => i.csvText.split("\n")[0]!.includes(";"))!;
    expect(texts.get(semi.meta.id)!.split("\n")[0]).toBe(`${semi.periodColumn},kode_wilayah,nilai,catatan`);
  });
});
