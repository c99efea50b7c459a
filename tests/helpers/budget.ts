/** The performance budgets (bytes, gzipped at level 9), shared by the budget and scale tests. */
const KB = 1024;
export const BUDGET = { jsIndicator: 10 * KB, jsDocument: 5 * KB, css: 15 * KB, htmlIndicator: 60 * KB } as const;

/**
 * What one more indicator may add to `dist/` at 20 regions, everything included (its pages and
 * embed pages in both languages, data files, share images, search-index fragments): raw bytes
 * on disk, as a static host counts them.
 */
export const PER_INDICATOR = { files: 15, bytes: 0.8 * 1024 * KB } as const;
