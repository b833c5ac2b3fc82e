import { type MilepaelDocument, parseDocumentJson, toLocale } from "@milepael/core";
import { createElement, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { LocaleProvider } from "../locale/LocaleProvider";

declare const __MILEPAEL_CSS__: string;

/** What an element renders from: its attributes, its document, and a way to send events. */
export interface ElementContext {
  attribute: (name: string) => string | null;
  document: MilepaelDocument | null;
  emit: (type: string, detail: unknown) => void;
}

let sheet: CSSStyleSheet | null = null;
/** milepael's stylesheet, shared by every shadow root on the page. */
function styles(): CSSStyleSheet {
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(__MILEPAEL_CSS__);
  }
  return sheet;
}

/**
 * A custom element that renders a React widget into its shadow root: data from `src` (a URL of
 * milepael JSON) or the `document` property, attributes re-render, events bubble out of the
 * shadow root. Theme it by setting `--mp-*` custom properties on the element.
 */
export function defineElement(
  tag: string,
  observed: readonly string[],
  render: (context: ElementContext) => ReactNode,
  options: { needsDocument?: boolean } = {},
) {
  if (typeof customElements === "undefined" || customElements.get(tag)) return;
  class MilepaelElement extends HTMLElement {
    static observedAttributes = ["src", "locale", "theme", ...observed];
    #root: Root | null = null;
    #document: MilepaelDocument | null = null;
    #error: string | null = null;
    #loading: string | null = null;

    /** The document to show, as an object: for hosts that have the data in JavaScript. */
    get document(): MilepaelDocument | null {
      return this.#document;
    }
    set document(value: MilepaelDocument | string | null) {
      this.#accept(typeof value === "string" ? value : value === null ? null : JSON.stringify(value));
    }

    connectedCallback() {
      if (this.#root) return;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      shadow.adoptedStyleSheets = [styles()];
      const mount = document.createElement("div");
      mount.className = "mp-element";
      shadow.append(mount);
      this.#root = createRoot(mount);
      const src = this.getAttribute("src");
      if (src && this.#document === null) void this.#load(src);
      this.#render();
    }

    disconnectedCallback() {
      const root = this.#root;
      this.#root = null;
      // Unmount after the current task: moving an element in the DOM disconnects and reconnects it.
      queueMicrotask(() => root?.unmount());
    }

    attributeChangedCallback(name: string, previous: string | null, next: string | null) {
      if (name === "src" && next && next !== previous && this.isConnected) void this.#load(next);
      else this.#render();
    }

    #accept(json: string | null) {
      if (json === null) {
        this.#document = null;
        this.#error = null;
      } else {
        const result = parseDocumentJson(json);
        this.#document = result.document;
        this.#error = result.document ? null : (result.diagnostics[0]?.code ?? "invalid");
      }
      this.#render();
    }

    async #load(src: string) {
      this.#loading = src;
      this.#render();
      try {
        const response = await fetch(src);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        if (this.#loading !== src) return;
        this.#loading = null;
        this.#accept(text);
      } catch (error) {
        this.#loading = null;
        this.#error = error instanceof Error ? error.message : String(error);
        this.#render();
      }
      this.dispatchEvent(
        new CustomEvent(this.#error ? "milepael-error" : "milepael-load", {
          detail: { src, error: this.#error },
          bubbles: true,
          composed: true,
        }),
      );
    }

    #render() {
      if (!this.#root) return;
      const locale = toLocale(this.getAttribute("locale") ?? this.closest("[lang]")?.getAttribute("lang"));
      const da = locale === "da";
      let content: ReactNode;
      if (this.#loading) content = <p role="status">{da ? "Henter …" : "Loading …"}</p>;
      else if (this.#error)
        content = (
          <p role="alert">
            {(da ? "Kunne ikke vise dokumentet: " : "Could not show the document: ") + this.#error}
          </p>
        );
      else if (options.needsDocument && this.#document === null) content = null;
      else
        content = render({
          attribute: (name) => this.getAttribute(name),
          document: this.#document,
          emit: (type, detail) =>
            this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
        });
      // The dark theme's tokens live on this class; the host page can also set any --mp-* property.
      const mount = this.shadowRoot?.querySelector(".mp-element");
      mount?.classList.toggle("mp-theme-dark", this.getAttribute("theme") === "dark");
      this.#root.render(createElement(LocaleProvider, { locale }, content));
    }
  }
  customElements.define(tag, MilepaelElement);
}
