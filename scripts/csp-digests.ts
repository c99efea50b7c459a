/**
 * A Vite plugin that makes Astro hash each of a page's scripts and styles for the Content Security
 * Policy once per build, not once per page.
 *
 * With `security.csp`, Astro 7.3 works out, for every page it renders, the SHA-256 of each script and
 * style in the page's head (`createResult` in core/fetch/fetch-state.js), each through an
 * asynchronous WebCrypto job. The texts are the same on page after page: a 100-indicator build hashed
 * 9 different texts 2,303 times. At 1,000 indicators the 17,000 jobs took about 2 s of Astro's thread
 * in a CPU profile (creating each job, its promise and the turn back from libuv's thread pool).
 *
 * With this plugin, Astro's `generateCspDigest` keeps each digest it has made, by algorithm and text,
 * and gives it again. The digests, and so the pages, are the same (`tests/build/csp-digests.test.ts`
 * checks the rewrite against the installed Astro and the digests against node:crypto).
 *
 * Like scripts/page-bytes.ts, it rewrites Astro's code as Vite bundles it (scripts/astro-rewrite.ts)
 * and matches it exactly: if an Astro update changes the function, the build stops with an error
 * naming this file.
 */
import type { Plugin } from "vite";
import { astroRewrites, replaceOnce } from "./astro-rewrite.ts";

const ENCRYPTION = "/astro/dist/core/encryption.js";
const PLUGIN = "scripts/csp-digests.ts";

/** Astro 7.3.4's function, exactly as it is in `encryption.js`. */
export const ASTRO_CSP_DIGEST = `async function generateCspDigest(data, algorithm) {
  const hashBuffer = await crypto.subtle.digest(algorithm, encoder.encode(data));
  const hash = encodeBase64(new Uint8Array(hashBuffer));
  return \`\${ALGORITHMS[algorithm]}\${hash}\`;
}`;

/** The same function under another name, and `generateCspDigest` giving its kept promises. */
export const KEPT_CSP_DIGEST = `${ASTRO_CSP_DIGEST.replace("async function generateCspDigest(", "async function makeCspDigest(")}
/* Added by Terang's scripts/csp-digests.ts: one digest per algorithm and text, for the whole build. */
const cspDigests = new Map();
function generateCspDigest(data, algorithm) {
  const key = \`\${algorithm}\\0\${data}\`;
  let digest = cspDigests.get(key);
  if (digest === undefined) {
    digest = makeCspDigest(data, algorithm);
    cspDigests.set(key, digest);
  }
  return digest;
}`;

/** Astro's encryption.js, rewritten (exported for the test). */
export function rewriteEncryption(code: string): string {
  return replaceOnce(code, ASTRO_CSP_DIGEST, KEPT_CSP_DIGEST, "encryption.js", PLUGIN);
}

export function cspDigests(): Plugin {
  return astroRewrites("terang:csp-digests", { [ENCRYPTION]: rewriteEncryption });
}
