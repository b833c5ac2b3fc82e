import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Production build: the figures are what a host's users get, not React's development mode.
export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 2_000 },
  preview: { host: "127.0.0.1" },
});
