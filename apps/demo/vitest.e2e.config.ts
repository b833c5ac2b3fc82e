import { defineConfig } from "vitest/config";

// End-to-end tests: Node drives Debian's Chromium (playwright-core) against the built app,
// served by `vite preview` on 127.0.0.1 (see e2e/server.ts).
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser, one server: files share them, so run them one after another.
    fileParallelism: false,
  },
});
