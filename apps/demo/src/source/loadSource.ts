import {
  type Diagnostic,
  defaultMaxInputLength,
  type MilepaelDocument,
  parseDocumentJson,
} from "@milepael/core";

/** Why a `?src=` document was not loaded; the page turns each into a sentence (texts.ts). */
export type SourceError =
  | { kind: "invalid-url" }
  | { kind: "scheme"; scheme: string }
  | { kind: "origin"; origin: string }
  | { kind: "redirect"; origin: string }
  | { kind: "timeout"; seconds: number }
  | { kind: "http"; status: number }
  | { kind: "network" }
  | { kind: "too-large"; limit: number }
  | { kind: "document"; diagnostics: Diagnostic[] };

export type SourceResult =
  | { ok: true; document: MilepaelDocument; origin: string; url: string }
  | { ok: false; error: SourceError };

export interface SourceOptions {
  /** The page's own URL: relative sources resolve against it, and its origin is always allowed. */
  pageUrl: string;
  /** Other origins the host page allows (`<meta name="milepael-allowed-sources">`). */
  allowedOrigins?: readonly string[];
  /** Abort after this long; default 15 s. */
  timeoutMs?: number;
  /** The most bytes read from the body; default core's input limit. */
  maxBytes?: number;
  /** Cancels the load (another `?src=`, the page left). */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export const defaultSourceTimeoutMs = 15_000;

/** The meta tags through which a host page configures `?src=`. */
export const sourceMetaNames = {
  allowed: "milepael-allowed-sources",
  timeout: "milepael-source-timeout-ms",
} as const;

/**
 * The origins and timeout the host page set in its meta tags: origins separated by spaces, the
 * timeout in milliseconds. Entries that are not an http(s) origin are ignored.
 *
 * @example
 * // <meta name="milepael-allowed-sources" content="https://a.example https://b.example">
 * sourceSettings(document); // { allowedOrigins: ["https://a.example", "https://b.example"] }
 */
export function sourceSettings(page: Pick<Document, "querySelector">): {
  allowedOrigins: string[];
  timeoutMs?: number;
} {
  const content = (name: string) =>
    page.querySelector(`meta[name="${name}"]`)?.getAttribute("content")?.trim() ?? "";
  const allowedOrigins = content(sourceMetaNames.allowed)
    .split(/\s+/)
    .flatMap((entry) => {
      try {
        const url = new URL(entry);
        return url.protocol === "https:" || url.protocol === "http:" ? [url.origin] : [];
      } catch {
        return [];
      }
    });
  const timeout = Number(content(sourceMetaNames.timeout));
  return Number.isFinite(timeout) && timeout > 0
    ? { allowedOrigins, timeoutMs: timeout }
    : { allowedOrigins };
}

/**
 * Resolves `src` against the page and checks it may be fetched: http(s) only (no `data:`,
 * `blob:`, `javascript:`), from the page's origin or an allowed one.
 *
 * @example
 * checkSource("/data/plan.json", { pageUrl: "https://intra.example/demo/" });
 * // { ok: true, url: "https://intra.example/data/plan.json", origin: "https://intra.example" }
 */
export function checkSource(
  src: string,
  { pageUrl, allowedOrigins = [] }: Pick<SourceOptions, "pageUrl" | "allowedOrigins">,
): { ok: true; url: string; origin: string } | { ok: false; error: SourceError } {
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return { ok: false, error: { kind: "invalid-url" } };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, error: { kind: "scheme", scheme: url.protocol.replace(/:$/, "") } };
  if (!isAllowed(url.origin, pageUrl, allowedOrigins))
    return { ok: false, error: { kind: "origin", origin: url.origin } };
  return { ok: true, url: url.href, origin: url.origin };
}

const isAllowed = (origin: string, pageUrl: string, allowedOrigins: readonly string[]) =>
  origin === new URL(pageUrl).origin || allowedOrigins.includes(origin);

/**
 * Fetches and reads a document for `?src=`. Never throws: refuses other origins, redirects to
 * them, bodies over the byte limit (read as a stream, so a huge body is cut off, not buffered) and
 * gives up after the timeout.
 *
 * @example
 * const result = await loadSource("/data/plan.json", { pageUrl: location.href });
 * if (result.ok) show(result.document, result.origin);
 */
export async function loadSource(src: string, options: SourceOptions): Promise<SourceResult> {
  const checked = checkSource(src, options);
  if (!checked.ok) return checked;
  const timeoutMs = options.timeoutMs ?? defaultSourceTimeoutMs;
  const maxBytes = options.maxBytes ?? defaultMaxInputLength;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener("abort", cancel);
  try {
    const response = await (options.fetch ?? fetch)(checked.url, {
      signal: controller.signal,
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    // A redirect is followed only to read its target; a document from elsewhere is refused.
    const finalOrigin = response.url ? new URL(response.url).origin : checked.origin;
    if (!isAllowed(finalOrigin, options.pageUrl, options.allowedOrigins ?? []))
      return { ok: false, error: { kind: "redirect", origin: finalOrigin } };
    if (!response.ok) return { ok: false, error: { kind: "http", status: response.status } };
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes)
      return { ok: false, error: { kind: "too-large", limit: maxBytes } };
    const text = await readCapped(response, maxBytes);
    if (text === null) return { ok: false, error: { kind: "too-large", limit: maxBytes } };
    const result = parseDocumentJson(text);
    if (!result.document) return { ok: false, error: { kind: "document", diagnostics: result.diagnostics } };
    return { ok: true, document: result.document, origin: finalOrigin, url: response.url || checked.url };
  } catch {
    if (timedOut) return { ok: false, error: { kind: "timeout", seconds: Math.ceil(timeoutMs / 1000) } };
    return { ok: false, error: { kind: "network" } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

/** The body as text, or null once it passes `maxBytes` (then the rest is not downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
