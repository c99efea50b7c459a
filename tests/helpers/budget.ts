/** The performance budgets (bytes, gzipped at level 9), shared by the budget and scale tests. */
const KB = 1024;
export const BUDGET = { jsIndicator: 10 * KB, jsDocument: 5 * KB, css: 15 * KB, htmlIndicator: 60 * KB } as const;
