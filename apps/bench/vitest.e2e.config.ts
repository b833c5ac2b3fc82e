import { defineConfig } from "vitest/config";

// The bench page's smoke test: Node drives Chromium against the production build.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
