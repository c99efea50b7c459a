/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Astro's Vite config, so tests can import .astro components through the Container API.
export default getViteConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Builds and browser tests use both cores on their own; run test files one at a time.
    fileParallelism: false,
  },
});
