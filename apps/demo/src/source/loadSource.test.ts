import { communicationPlan2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { checkSource, loadSource, sourceSettings } from "./loadSource";

const pageUrl = "https://intra.example/demo/";

/** A fetch that answers every request with `body`, as if it came from `finalUrl`. */
function fakeFetch(body: BodyInit | null, init: ResponseInit = {}, finalUrl?: string): typeof fetch {
  return async (input) => {
    const response = new Response(body, init);
    Object.defineProperty(response, "url", { value: finalUrl ?? String(input) });
    return response;
  };
}

const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
  });

describe("checkSource", () => {
  it("accepts the page's own origin and resolves a relative path", () => {
    expect(checkSource("/data/plan.json", { pageUrl })).toEqual({
      ok: true,
      url: "https://intra.example/data/plan.json",
      origin: "https://intra.example",
    });
  });

  it("refuses data:, blob: and javascript: URLs", () => {
    for (const [src, scheme] of [
      ["data:application/json,{}", "data"],
      ["blob:https://intra.example/1234", "blob"],
      ["javascript:alert(1)", "javascript"],
    ] as const) {
      expect(checkSource(src, { pageUrl })).toEqual({ ok: false, error: { kind: "scheme", scheme } });
    }
  });

  it("refuses another origin unless the host page allows it", () => {
    expect(checkSource("https://evil.example/doc.json", { pageUrl })).toEqual({
      ok: false,
      error: { kind: "origin", origin: "https://evil.example" },
    });
    expect(
      checkSource("https://data.example/doc.json", { pageUrl, allowedOrigins: ["https://data.example"] }).ok,
    ).toBe(true);
    // A protocol-relative path is another host, not a path.
    expect(checkSource("//evil.example/doc.json", { pageUrl }).ok).toBe(false);
  });
});

describe("sourceSettings", () => {
  it("reads the allowed origins and the timeout from the host page's meta tags, ignoring junk", () => {
    const page = {
      querySelector: (selector: string) => {
        const content = selector.includes("allowed")
          ? "https://a.example/path  http://b.example:8080 data:, not-a-url"
          : "2500";
        return { getAttribute: () => content } as unknown as Element;
      },
    };
    expect(sourceSettings(page)).toEqual({
      allowedOrigins: ["https://a.example", "http://b.example:8080"],
      timeoutMs: 2500,
    });
  });
});

describe("loadSource", () => {
  it("reads a document from the page's origin and names its origin", async () => {
    const result = await loadSource("/data/plan.json", {
      pageUrl,
      fetch: fakeFetch(JSON.stringify(communicationPlan2017)),
    });
    expect(result).toMatchObject({ ok: true, origin: "https://intra.example" });
    expect(result.ok && result.document.metadata.title).toBe(communicationPlan2017.metadata.title);
  });

  it("refuses a document that a redirect brought from another origin", async () => {
    const result = await loadSource("/data/plan.json", {
      pageUrl,
      fetch: fakeFetch(JSON.stringify(communicationPlan2017), {}, "https://evil.example/forged.json"),
    });
    expect(result).toEqual({ ok: false, error: { kind: "redirect", origin: "https://evil.example" } });
  });

  it("gives up after the timeout", async () => {
    const result = await loadSource("/slow.json", { pageUrl, fetch: hangingFetch, timeoutMs: 20 });
    expect(result).toEqual({ ok: false, error: { kind: "timeout", seconds: 1 } });
  });

  it("stops reading a body that passes the byte limit, even without a Content-Length", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const result = await loadSource("/big.json", { pageUrl, fetch: fakeFetch(endless), maxBytes: 10_000 });
    expect(result).toEqual({ ok: false, error: { kind: "too-large", limit: 10_000 } });
    expect(pulled).toBeLessThan(20);
  });

  it("returns core's diagnostics for a body that is not a document, and the status for an HTTP error", async () => {
    const notJson = await loadSource("/x.json", { pageUrl, fetch: fakeFetch("<html>") });
    expect(
      notJson.ok === false && notJson.error.kind === "document" && notJson.error.diagnostics[0]?.code,
    ).toBe("schema.not-json");
    expect(await loadSource("/x.json", { pageUrl, fetch: fakeFetch("", { status: 404 }) })).toEqual({
      ok: false,
      error: { kind: "http", status: 404 },
    });
  });

  it("reports a failed fetch as a network error, not as its exception", async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await loadSource("/x.json", { pageUrl, fetch: failing })).toEqual({
      ok: false,
      error: { kind: "network" },
    });
  });
});
