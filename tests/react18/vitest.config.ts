import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The ui package is built against React 19 and declares React as a peer. Here every module goes
// through Vite (inline) and React resolves once, from this package: React 18.3, as a host on
// React 18 would have it.
export default defineConfig({
  resolve: {
    dedupe: ["react", "react-dom"],
    alias: {
      "use-sync-external-store/shim/with-selector": fileURLToPath(
        new URL("src/withSelector.ts", import.meta.url),
      ),
    },
  },
  test: {
    include: ["src/**/*.test.ts"],
    server: { deps: { inline: true } },
    testTimeout: 30_000,
  },
});
