/**
 * A text's width without a browser: an estimate per character class, calibrated on DejaVu Sans
 * (the widest common fallback of `system-ui`), so labels placed with it do not collide when the
 * real font is narrower (Segoe UI, Roboto, San Francisco).
 */
import { kept } from "../kept.ts";

const NARROW = /[ilj.,:;'|!()[\]\u00a0 ]/;
const SEMI = /[frtI\-]/;
const WIDE = /[mwMW@%]/;
const CAPS = /[A-Z0-9]/;

/** A character's width in em, by the classes above (a character beyond the BMP is an ordinary one). */
const emOf = (ch: string): number => (NARROW.test(ch) ? 0.3 : SEMI.test(ch) ? 0.42 : WIDE.test(ch) ? 0.95 : CAPS.test(ch) ? 0.68 : 0.6);

/** The widths of the BMP's characters by code unit, filled as they are met (0: not yet). */
const EM = new Float64Array(0x10000);

/**
 * Width in em of a text, kept per text: a page's drawings measure the same tick, region and series
 * labels many times.
 */
const emWidth = kept((text: string): number => {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate: a pair is one character (as `for…of` reads it), a lone one too; neither is in a class.
      if (c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      em += 0.6;
      continue;
    }
    let w = EM[c]!;
    if (w === 0) EM[c] = w = emOf(text[i]!);
    em += w;
  }
  return em;
}, 20_000);

/** Estimated width of `text` at `fontSize` (same unit as the result); bold adds 10 %. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return emWidth(text) * fontSize * (bold ? 1.1 : 1);
}
