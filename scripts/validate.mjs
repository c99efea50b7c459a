// `npm run validate`: Node's compile cache on first (scripts/compile-cache-on.mjs), then the check.
import "./compile-cache-on.mjs";
await import("./validate.ts");
