import { defineConfig } from "vitest/config";

// Unit tests beside the code, in Node; the browser tests are e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});
