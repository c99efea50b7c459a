/**
 * The word diff of two versions of a policy document (src/lib/data/policy-diff.ts), on a fixture
 * with known insertions and deletions (tests/fixtures/policy-diff/), against output written out
 * by hand; and where the text of each version comes from (kept copy, git history, none).
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ATOM, diffBlocks, diffWords, plain, policyBlocks, words } from "../../src/lib/data/policy-diff.ts";
import { declaredVersion, policyVersions, policyVersionsOf, type PolicyVersions } from "../../src/lib/policyVersions.ts";
import type { PolicyDoc } from "../../src/lib/data/project.ts";
import { APP } from "../helpers/site.ts";

const fixture = (name: string) => readFileSync(join(APP, "tests/fixtures/policy-diff", name), "utf8");
const label = (tag: string, a: Readonly<Record<string, string>>) => `${tag} ${a.id}${a.wilayah ? ` ${a.wilayah}` : ""}`;
/** A block as `op kind: text` with [+inserted] and [-deleted] words. */
const show = (b: { op: string; kind: string; depth: number; parts: readonly { op: string; text: string }[] }) =>
  `${b.op} ${b.kind}${b.depth ? b.depth : ""}: ${b.parts.map((p) => (p.op === "ins" ? `[+${plain(p.text)}]` : p.op === "del" ? `[-${plain(p.text)}]` : plain(p.text))).join(" ")}`;

describe("word diff", () => {
  it("marks the inserted and deleted words of two texts, in reading order", () => {
    expect(diffWords("a b c d", "a x c d e")).toEqual([
      { op: "same", text: "a", words: 1 },
      { op: "del", text: "b", words: 1 },
      { op: "ins", text: "x", words: 1 },
      { op: "same", text: "c d", words: 2 },
      { op: "ins", text: "e", words: 1 },
    ]);
  });

  it("keeps a component one token, with the punctuation after it", () => {
    const c = `${ATOM.open}Indicator ikm${ATOM.close}`;
    expect(words(`ASN ${c}. Lalu`)).toEqual(["ASN", `${c}.`, "Lalu"]);
  });

  it("reads a document into blocks: headings, paragraphs, list items by depth, components, footnotes last", () => {
    const blocks = policyBlocks(fixture("after.mdx"), label).map((b) => `${b.kind}${b.depth}: ${plain(b.text)}`);
    expect(blocks).toEqual([
      "heading2: Latar belakang",
      "paragraph0: Pelatihan daring diikuti 55 persen ASN Indicator ikm 1373.",
      "item1: satu",
      "item1: dua",
      "item2: dua a",
      "paragraph0: Bagian baru yang sama sekali lain. [1]",
      "paragraph0: Kalimat yang tetap sama.",
      "note0: [1] Catatan kaki baru.",
    ]);
  });

  it("compares the fixture's two versions block by block and word by word", () => {
    const d = diffBlocks(policyBlocks(fixture("before.mdx"), label), policyBlocks(fixture("after.mdx"), label));
    expect(d.blocks.map(show)).toEqual([
      "changed heading2: Latar [+belakang]",
      // Bold markup is not a change; the number and the component's new attribute are.
      "changed paragraph: Pelatihan daring diikuti [-40] [+55] persen ASN [-Indicator ikm.] [+Indicator ikm 1373.]",
      "same item1: satu",
      "same item1: dua",
      // No word in common: the old paragraph is deleted whole and the new one inserted whole.
      "del paragraph: [-Paragraf ini dihapus seluruhnya dari versi baru.]",
      "ins item2: [+dua a]",
      "ins paragraph: [+Bagian baru yang sama sekali lain. [1]]",
      "same paragraph: Kalimat yang tetap sama.",
      "ins note: [+[1] Catatan kaki baru.]",
    ]);
    // belakang 1 + 55 1 + component 1 + dua a 2 + new paragraph 7 + note 4
    expect(d.inserted).toBe(16);
    // 40 1 + component 1 + old paragraph 7
    expect(d.deleted).toBe(9);
  });

  it("finds no change between a version and itself", () => {
    const b = policyBlocks(fixture("before.mdx"), label);
    const d = diffBlocks(b, b);
    expect([d.inserted, d.deleted]).toEqual([0, 0]);
    expect(d.blocks.every((x) => x.op === "same")).toBe(true);
  });
});

describe("version texts", () => {
  it("reads the versi a source declares", () => {
    expect(declaredVersion('---\njudul: "x"\nversi: "1.2"\n---\n')).toBe("1.2");
    expect(declaredVersion("---\nversi: 2.0 # final\n---\n")).toBe("2.0");
    expect(declaredVersion("no frontmatter")).toBeNull();
  });

  const doc = (versi: string, riwayat: string[]): PolicyDoc =>
    ({ slug: "contoh", file: "content/policies/contoh.mdx", fm: { versi, riwayat: riwayat.map((v) => ({ versi: v, tanggal: "2026-01-01", catatan: "x" })) } }) as unknown as PolicyDoc;
  const source = (versi: string, body: string) => `---\njudul: "Contoh"\nversi: "${versi}"\n---\n\n${body}\n`;

  it("takes a kept copy first, then the last commit of each version from git; without git, says so", () => {
    const root = mkdtempSync(join(tmpdir(), "terang-versions-"));
    try {
      mkdirSync(join(root, "content/policies"), { recursive: true });
      const file = join(root, "content/policies/contoh.mdx");
      const g = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: root, stdio: "pipe" });
      // Without git (another folder: git state is read once per root): the current file and kept copies only.
      const bare = join(root, "bare");
      mkdirSync(join(bare, "content/policies"), { recursive: true });
      mkdirSync(join(bare, "content/policy-versions/contoh"), { recursive: true });
      writeFileSync(join(bare, "content/policies/contoh.mdx"), source("1.1", "Dua."));
      writeFileSync(join(bare, "content/policy-versions/contoh/1.0.mdx"), source("1.0", "Satu."));
      const none = policyVersions(bare, doc("1.1", ["0.9", "1.0", "1.1"]));
      expect(none.git).toBe("no-git");
      expect([...none.texts.values()].map((x) => `${x.versi} ${x.source}`).sort()).toEqual(["1.0 kept", "1.1 current"]);
      g("init", "-q");
      const commit = (versi: string, body: string) => {
        writeFileSync(file, source(versi, body));
        g("add", "content/policies");
        g("commit", "-q", "-m", versi);
      };
      commit("1.0", "Teks pertama.");
      commit("1.0", "Teks pertama, diperbaiki.");
      commit("1.1", "Teks kedua.");
      commit("1.2", "Teks ketiga.");
      mkdirSync(join(root, "content/policy-versions/contoh"), { recursive: true });
      writeFileSync(join(root, "content/policy-versions/contoh/1.1.mdx"), source("1.1", "Salinan versi kedua."));
      const v = policyVersions(root, doc("1.2", ["1.0", "1.1", "1.2"]));
      expect(v.git).toBe("ok");
      const got = (x: string) => ({ source: v.texts.get(x)?.source, body: v.texts.get(x)?.text.split("---\n")[2]?.trim() });
      // The last commit declaring 1.0 (its corrected text), the kept copy of 1.1, the file for 1.2.
      expect(got("1.0")).toEqual({ source: "git", body: "Teks pertama, diperbaiki." });
      expect(got("1.1")).toEqual({ source: "kept", body: "Salinan versi kedua." });
      expect(got("1.2")).toEqual({ source: "current", body: "Teks ketiga." });
      // A version neither kept nor in the history is missing.
      expect(policyVersions(root, { ...doc("1.2", ["0.9", "1.2"]), slug: "contoh-lain", file: "content/policies/contoh.mdx" } as PolicyDoc).texts.has("0.9")).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("reads several documents' versions together, each its own (the build reads all of a site's at once)", () => {
    const root = mkdtempSync(join(tmpdir(), "terang-versions-"));
    try {
      mkdirSync(join(root, "content/policies"), { recursive: true });
      const g = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd: root, stdio: "pipe" });
      g("init", "-q");
      // Documents with history around one without (d: not committed) and one read before (c).
      const other = (slug: string, versi: string, riwayat: string[]) => ({ ...doc(versi, riwayat), slug, file: `content/policies/${slug}.mdx` }) as PolicyDoc;
      const write = (slug: string, versi: string, body: string) => {
        writeFileSync(join(root, `content/policies/${slug}.mdx`), source(versi, body));
        g("add", "content/policies");
        g("commit", "-q", "-m", `${slug} ${versi}`);
      };
      write("a", "1", "A satu.");
      write("b", "1", "B satu.");
      write("a", "2", "A dua.");
      write("b", "2", "B dua.");
      write("b", "3", "B tiga.");
      write("c", "1", "C satu.");
      writeFileSync(join(root, "content/policies/d.mdx"), source("1", "D belum disimpan."));
      const before = policyVersions(root, other("c", "1", ["1"]));
      const docs = [other("a", "2", ["1", "2"]), other("d", "1", ["0", "1"]), other("b", "3", ["1", "2", "3"]), other("c", "1", ["1"])];
      const all = policyVersionsOf(root, docs);
      const bodies = (x: PolicyVersions) => [...x.texts.values()].map((t) => `${t.versi} ${t.source} ${t.text.split("---\n")[2]?.trim()}`).sort();
      expect(all.map(bodies)).toEqual([
        ["1 git A satu.", "2 current A dua."],
        ["1 current D belum disimpan."],
        ["1 git B satu.", "2 git B dua.", "3 current B tiga."],
        ["1 current C satu."],
      ]);
      expect(all[3]).toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
