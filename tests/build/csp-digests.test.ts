/**
 * scripts/csp-digests.ts: the rewrite of Astro's CSP hashing applies to the installed Astro, stops the
 * build on code it was not written for, and gives the digests node:crypto gives, made once per text.
 * (Every build test reads pages whose CSP carries these digests, and the browser tests load them
 * under that CSP.)
 */
import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { KEPT_CSP_DIGEST, cspDigests, rewriteEncryption } from "../../scripts/csp-digests.ts";
import config from "../../astro.config.mjs";

const astroDir = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
const encryptionJs = readFileSync(join(astroDir, "dist/core/encryption.js"), "utf8");

const ALGORITHMS = { "SHA-256": "sha256-", "SHA-384": "sha384-", "SHA-512": "sha512-" } as const;

/** The rewritten functions, with a WebCrypto whose digest calls are counted. */
function rewritten() {
  const calls: string[] = [];
  const subtle = {
    digest: (algorithm: string, data: Uint8Array<ArrayBuffer>) => {
      calls.push(new TextDecoder().decode(data));
      return crypto.subtle.digest(algorithm, data);
    },
  };
  const encodeBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
  const generateCspDigest = new Function("crypto", "encoder", "encodeBase64", "ALGORITHMS", `${KEPT_CSP_DIGEST}\nreturn generateCspDigest;`)(
    { subtle },
    new TextEncoder(),
    encodeBase64,
    ALGORITHMS,
  ) as (data: string, algorithm: keyof typeof ALGORITHMS) => Promise<string>;
  return { generateCspDigest, calls };
}

const expected = (text: string, algorithm: "sha256" | "sha384" | "sha512") => `${algorithm}-${createHash(algorithm).update(text, "utf8").digest("base64")}`;

describe("CSP digests (Astro's hashing, made once per text)", () => {
  it("applies to the installed Astro, and the site's config uses the plugin", () => {
    const code = rewriteEncryption(encryptionJs);
    expect(code).toContain("async function makeCspDigest(data, algorithm)");
    expect(code).toContain("const cspDigests = new Map();");
    expect(code.match(/function generateCspDigest\(/g)).toHaveLength(1);
    // The module still exports the function under its name.
    expect(code).toMatch(/export \{[^}]*\bgenerateCspDigest,/);
    const plugins = (config.vite?.plugins ?? []).flat() as { name?: string }[];
    expect(plugins.map((p) => p?.name)).toContain("terang:csp-digests");
  });

  it("the plugin rewrites only that module, found by path", () => {
    const plugin = cspDigests() as { transform: (code: string, id: string) => { code: string } | null };
    expect(plugin.transform(encryptionJs, `${join(astroDir, "dist/core/encryption.js")}?v=2`)!.code).toContain("makeCspDigest");
    expect(plugin.transform(encryptionJs, "/work/src/encryption.js")).toBeNull();
  });

  it("stops with an error naming the plugin when Astro's code has changed", () => {
    expect(() => rewriteEncryption(encryptionJs.replace("encodeBase64(new Uint8Array(hashBuffer))", "encodeBase64(hashBuffer)"))).toThrow(/scripts\/csp-digests\.ts: Astro's encryption\.js is not the code/);
    expect(() => rewriteEncryption(`${encryptionJs}\n${encryptionJs}`)).toThrow(/csp-digests/);
  });

  it("gives node:crypto's digests, each text hashed once per algorithm", async () => {
    const { generateCspDigest, calls } = rewritten();
    const texts = ["", "import '/_astro/page.js';", "a { color: red }", "ü → “kutipan” 😀"];
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        expect(await generateCspDigest(text, "SHA-256")).toBe(expected(text, "sha256"));
        expect(await generateCspDigest(text, "SHA-384")).toBe(expected(text, "sha384"));
      }
    }
    expect(calls).toHaveLength(texts.length * 2);
    // Asked for at once, before the first is done: still one job.
    const many = await Promise.all(Array.from({ length: 5 }, () => generateCspDigest("new text", "SHA-512")));
    expect(new Set(many)).toEqual(new Set([expected("new text", "sha512")]));
    expect(calls.filter((c) => c === "new text")).toHaveLength(1);
  });
});
