import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The built demo's Content-Security-Policy. Scripts only from the app's origin (the build has no
 * inline script); the import worker is a module file of the same origin; `connect-src` lists where
 * `?src=` may fetch from, so a host page that allows more origins in
 * `<meta name="milepael-allowed-sources">` adds them here too. Styles allow inline `style`
 * attributes, which the widgets set for positions and sizes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Puts the policy into the built index.html only: Vite's dev server injects inline scripts. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "milepael-csp",
    apply: "build",
    // Right after the charset, before any script the policy governs.
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta charset="UTF-8" \/>)/,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  worker: { format: "es" },
});
