/**
 * Feeds carry text (issue 13, point 10). Feed readers render an item's description as HTML, so
 * text from data (a revision note of a policy document, a commit subject of a data change) is
 * escaped as HTML inside the XML: a hostile note arrives as the characters it is made of, never
 * as a tag. Titles are plain text. Checked on feeds made from a project whose data (a revision
 * note in a document's riwayat, a maintainer's public note on a data commit) hold markup.
 */
import { describe, it, expect, afterAll } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateProject } from "../../src/lib/data/project.ts";
import { policyFeed } from "../../src/lib/feed.ts";
import { changesFeed } from "../../src/lib/changesFeed.ts";
import { TODAY, tempProject } from "../contract/_helpers.ts";

const HOSTILE = `<img src=x onerror="alert(1)"> & <script>alert(2)</script>`;
const SITE = new URL("https://contoh.go.id/");
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** One XML unescaping, as an XML parser does. */
const xmlText = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, "&");
const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
const field = (item: string, name: string) => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(item);
  expect(m, `<${name}> in ${item}`).not.toBeNull();
  expect(m![1], "no CDATA: the text is escaped").not.toContain("<![CDATA[");
  return xmlText(m![1]!);
};

describe("policyFeed(a document whose revision note and title hold markup)", () => {
  it("sends the note as escaped text in the description and the title as plain text", async () => {
    const root = tempProject();
    roots.push(root);
    const file = join(root, "content/policies/evaluasi-contoh.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace('catatan: "Data diperbarui"', `catatan: ${JSON.stringify(HOSTILE)}`).replace('judul: "Evaluasi contoh"', 'judul: "Evaluasi <b>contoh</b>"'));
    const v = validateProject(root, { today: TODAY });
    expect(v.errors).toEqual([]);
    const xml = await (await policyFeed(v.site!, "id", SITE)).text();
    const item = items(xml).find((i) => i.includes("1.1"))!;
    const description = field(item, "description");
    // What a reader gets after reading the XML: HTML whose only content is the note as text.
    expect(description).not.toMatch(/<[a-z/]/i);
    expect(description).toBe(HOSTILE.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
    expect(field(item, "title")).toContain("Evaluasi <b>contoh</b>");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<script");
  });
});

describe("changesFeed(a data change whose public note holds markup)", () => {
  it("sends the note and the change as escaped text", async () => {
    const root = tempProject();
    roots.push(root);
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: root,
        stdio: "pipe",
        env: { ...process.env, GIT_AUTHOR_NAME: "Staf", GIT_AUTHOR_EMAIL: "staf@contoh.go.id", GIT_COMMITTER_NAME: "Staf", GIT_COMMITTER_EMAIL: "staf@contoh.go.id", GIT_AUTHOR_DATE: "2026-06-01T08:00:00Z", GIT_COMMITTER_DATE: "2026-06-01T08:00:00Z" },
      });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "Data awal");
    const csv = join(root, "data/indicators/partisipasi-pelatihan.csv");
    // Revise one published value: 2024, 1373 goes from 61.5 to 62.5.
    const text = readFileSync(csv, "utf8");
    expect(text).toContain("2024,1373,,61.5,");
    writeFileSync(csv, text.replace("2024,1373,,61.5,", "2024,1373,,62.5,"));
    // The feed shows the maintainer's public note (a commit trailer), never the rest of the message.
    git("commit", "-q", "-am", `Perbaiki nilai 2024\n\nPublic-note: ${HOSTILE}`);
    const before = process.env.TERANG_ROOT;
    process.env.TERANG_ROOT = root;
    try {
      const v = validateProject(root, { today: TODAY });
      expect(v.errors).toEqual([]);
      const xml = await (await changesFeed(v.site!, "en", SITE)).text();
      const item = items(xml).find((i) => xmlText(i).includes("alert(1)"));
      expect(item, xml).toBeDefined();
      const description = field(item!, "description");
      expect(description).not.toMatch(/<[a-z/]/i);
      expect(description).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;");
      expect(xml).not.toContain("<script");
      expect(xml).not.toContain("<img");
    } finally {
      if (before === undefined) delete process.env.TERANG_ROOT;
      else process.env.TERANG_ROOT = before;
    }
  });
});
