// `npm run build`: Node's compile cache on first (scripts/compile-cache-on.mjs), then the build.
import "./compile-cache-on.mjs";

// No transparent huge pages for the native allocators of the build's packages. Rolldown (Vite's
// bundler) and the canvas of the share images allocate through mimalloc, which by
// default lets the kernel back its memory with 2 MB pages; each is cleared in full when first
// touched, however little of it is used. On the 2-core bench machine (a virtual one, where fresh
// memory is slow) a 100 × 20 build cleared about 160 such pages: 0.8 s of CPU in a profile, 0.6 s
// of it on Rolldown's threads while Vite bundles (bench/README.md, twenty-first round). With 0,
// mimalloc turns huge pages off for the whole process when Rolldown's native module loads
// (`THP_enabled: 0` in /proc/<pid>/status; child processes inherit it): Rolldown's threads took
// 0.8–0.9 s of CPU instead of 1.3–1.7 s, and one process's peak of memory was about 0.13 GB lower.
// Set before the build's modules are imported.
process.env.MIMALLOC_ALLOW_THP ??= "0";
await import("./build.ts");
