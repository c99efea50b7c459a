// `npm run build`: Node's compile cache on first (scripts/compile-cache-on.mjs), then the build.
import "./compile-cache-on.mjs";
await import("./build.ts");
