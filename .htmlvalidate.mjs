/**
 * html-validate configuration for the BUILT site (tests/build/output.test.ts validates every page
 * of dist with it). The recommended rules apply in full; each exception below says why.
 */
/** @type {import("html-validate").ConfigData} */
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Policy documents take their heading ids from the heading text ("1. Analisis kebutuhan" →
    // `id="1-analisis-kebutuhan"`), so the table of contents and footnotes can link to them.
    // HTML5 allows any id without spaces; `relaxed` keeps every other check of the rule (unique,
    // not empty, no whitespace) and only drops the "must begin with a letter" advice, which is
    // about CSS selectors we never write for these ids.
    "valid-id": ["error", { relaxed: true }],
    // Titles are "<page title> · <site name>". Policy documents carry their official titles
    // ("Evaluation of the ASN Development Programme of Sawahlunto City"), which we do not shorten;
    // 70 characters is a search-snippet guideline, not a validity or accessibility rule. Titles
    // are still kept from growing without bound.
    "long-title": ["error", { maxlength: 120 }],
  },
};
