/**
 * A text's width without a browser: an estimate per character class, calibrated on DejaVu Sans
 * (the widest common fallback of `system-ui`), so labels placed with it do not collide when the
 * real font is narrower (Segoe UI, Roboto, San Francisco).
 */
const NARROW = /[ilj.,:;'|!()[\]\u00a0 ]/;
const SEMI = /[frtI\-]/;
const WIDE = /[mwMW@%]/;
const CAPS = /[A-Z0-9]/;

/** Estimated width of `text` at `fontSize` (same unit as the result); bold adds 10 %. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += NARROW.test(ch) ? 0.3 : SEMI.test(ch) ? 0.42 : WIDE.test(ch) ? 0.95 : CAPS.test(ch) ? 0.68 : 0.6;
  return em * fontSize * (bold ? 1.1 : 1);
}
