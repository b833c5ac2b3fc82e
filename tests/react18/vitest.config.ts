import { defineConfig } from "vitest/config";

// The ui package is built against React 19 and declares React as a peer. Here every module goes
// through Vite (inline) and every package that binds to React resolves once, from this package,
// paired with React 18.3, as in a host on React 18. That is why this package lists ui's React
// libraries itself: pnpm installs each of them once per React it is paired with, and ui's own
// copies are paired with React 19 (their CommonJS helpers would `require` a second React).
export default defineConfig({
  resolve: {
    dedupe: ["react", "react-dom", "react-is", "recharts", "@tanstack/react-table"],
  },
  test: {
    include: ["src/**/*.test.ts"],
    server: { deps: { inline: true } },
    testTimeout: 30_000,
  },
});
