/**
 * The key of a cached share image (scripts/og-images.ts): a hash of the card's data and of what
 * decides how it is drawn. Apart from the drawing (./og-render.ts) so that the build's main
 * thread, which keys the cards, does not load the canvas library that only the workers draw with.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { OgCard } from "./og.ts";

const require = createRequire(import.meta.url);

/** The card's fonts (Noto Sans, regular and bold), as WOFF files in node_modules. */
export const FONT_FILES = ([400, 700] as const).map((weight) => ({ weight, file: require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`) }));

/** Hash of what decides how a card looks besides its data: the drawing code (og-render.ts, og.ts, og-font.ts, this file), the fonts and the canvas library's version (Skia's with it). */
export function rendererKey(): string {
  const h = createHash("sha256");
  const code = ["./og-render.ts", "./og.ts", "./og-font.ts", "./og-key.ts"].map((f) => fileURLToPath(new URL(f, import.meta.url)));
  for (const f of [...code, ...FONT_FILES.map((x) => x.file)]) h.update(readFileSync(f));
  h.update(`@napi-rs/canvas@${JSON.parse(readFileSync(require.resolve("@napi-rs/canvas/package.json"), "utf8")).version}`);
  return h.digest("hex");
}

/** The cache key of a card: its data and the renderer. */
export function cardHash(card: OgCard, renderer: string): string {
  return createHash("sha256").update(renderer).update(JSON.stringify(card)).digest("hex").slice(0, 32);
}
