/**
 * The reader's headline region, kept in localStorage under one key for every page that shows a
 * region's figures (indicator headlines, src/scripts/region.ts; indicator cards,
 * src/scripts/cards.ts). The region is stored by its code: names are for people and may change,
 * codes do not. Earlier pages stored the name; `storedRegion` turns a stored name into its code
 * (and writes the code back) when the page knows that name.
 */
const KEY = "terang.wilayah";

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Keeps the choice; in private mode it lasts for this page only. */
export function writeRegion(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    /* storage refused: nothing to keep */
  }
}

/**
 * The stored region's code, given the regions the page knows as `[code, name]`; null when nothing
 * is stored or the stored region is none of them.
 */
export function storedRegion(known: readonly (readonly [code: string, name: string])[]): string | null {
  const saved = read();
  if (!saved) return null;
  if (known.some(([code]) => code === saved)) return saved;
  const byName = known.find(([, name]) => name === saved);
  if (!byName) return null;
  writeRegion(byName[0]);
  return byName[0];
}
