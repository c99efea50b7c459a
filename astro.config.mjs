// @ts-check
import mdx from "@astrojs/mdx";
import { policyProcessor } from "./src/lib/markdown/policyPlugins.ts";
import { getGlossary } from "./src/lib/site.ts";
import { pageBytes } from "./scripts/page-bytes.ts";
import { cspDigests } from "./scripts/csp-digests.ts";

/**
 * Astro's `defineConfig` from `astro/config`, which only returns its argument (for the types).
 * Importing `astro/config` loads the SVG optimiser svgo and its CSS tools too, about 270 modules
 * that this site never uses: 0.15–0.2 s of every build and every `astro check`, before anything
 * else can start.
 * @param {import("astro").AstroUserConfig} config
 */
const defineConfig = (config) => config;

/**
 * Where the site lives comes from the environment, so one build can be served at a host's root
 * or under a sub-path: TERANG_SITE=https://data.example.go.id TERANG_BASE=/transparansi/
 */
const site = process.env.TERANG_SITE || "https://terang.example.go.id";
/** The project the site is built from (data/, content/): the app itself unless TERANG_ROOT says otherwise. */
const projectRoot = process.env.TERANG_ROOT || process.cwd();
const base = process.env.TERANG_BASE || "/";

// No command of this project sends anything to another host: Astro's anonymous usage telemetry
// (a POST to telemetry.astro.build from every build, check and dev session, with an id derived
// from the git remote) is turned off for every command that reads this file, before Astro records
// the command's session. A government's build machine is often offline or behind a proxy anyway.
process.env.ASTRO_TELEMETRY_DISABLED = "1";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Stylesheets are always linked, never inlined: the chart styles (4 KB) were copied into every
  // indicator and embed page, four times per indicator; as a file they are fetched once and cached.
  // Four pages in flight: while one page's folder and file are written (four trips to libuv's
  // file threads, during which Astro's thread sat idle: 15 % of its rendering time at 100
  // indicators), the next one renders. Same output, byte for byte (README › Performance).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // Policy documents: self-linking headings, footnotes in the document's language, glossary
  // marks on first use (src/lib/markdown/). Astro 7 compiles MDX with Sätteri, whose hast plugins
  // take the place of rehype plugins.
  // `npm run validate` compiles every document with this same processor (src/lib/policyCompile.ts).
  integrations: [mdx({ processor: policyProcessor(getGlossary) })],
  // Shiki colours code with style="" attributes, which the CSP blocks; documents need no colour.
  markdown: { syntaxHighlight: false },
  // Content Security Policy, as a <meta> in every page (Astro adds script-src and style-src with
  // the hashes of the page's own scripts and styles). Only the site's own files load: images
  // also from blob: (the chart's PNG export draws the SVG through one); frames only of the
  // site's own pages. frame-ancestors cannot be set by a <meta>, so other sites can still embed
  // /sematkan/ and /en/embed/ pages.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'self'",
        "img-src 'self' blob:",
        "frame-src 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // Data live in data/ and content/; a rebuild must notice them even in dev.
  vite: {
    // Pages encoded to bytes without one large string each (scripts/page-bytes.ts); each script's
    // and style's CSP hash made once per build, not once per page (scripts/csp-digests.ts).
    plugins: [pageBytes(), cspDigests()],
    server: { watch: { ignored: ["**/dist/**", "**/.terang/**"] }, fs: { allow: [".", projectRoot] } },
    // Policy documents are compiled from the project's content/policies/ (the glob of
    // src/components/pages/PolicyPage.astro); no content collection reads them a second time.
    resolve: { alias: { "@terang/policies": `${projectRoot}/content/policies` } },
    build: {
      // Scripts are always files, never inlined: a page's small script was copied into each of
      // the thousand indicator pages; as a file it is fetched once and cached.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" marker; the bundler warns about it
        // once per document, which buries real warnings in a staff member's build log.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
