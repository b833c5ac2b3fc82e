import { knownLocale, type Locale, type MilepaelDocument, toLocale } from "@milepael/core";
import { createElement, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { LocaleProvider } from "../locale/LocaleProvider";
import { elementMessages } from "../locale/messages/elements";
import { type DocumentType, type Problem, problemCode, problemMessage } from "./problems";
import { fetchDocumentText, readDocument } from "./readDocument";
import { shadowMount } from "./shadowMount";

/** The document an element that accepts `Type` renders: only that type, never `null`. */
type AcceptedDocument<Type extends DocumentType | undefined> = Type extends DocumentType
  ? Extract<MilepaelDocument, { type: Type }>
  : MilepaelDocument | null;

/** The events a widget inside an element sends out (`milepael-load` and `-error` are the element's own). */
type WidgetEvent = "milepael-select" | "milepael-assess";

/** What an element renders from: its attributes, its document, and a way to send events. */
export interface ElementContext<Document = MilepaelDocument | null> {
  attribute: (name: string) => string | null;
  document: Document;
  /** Sends an event out of the shadow root, with the `detail` `types.ts` declares for hosts. */
  emit: <Type extends WidgetEvent>(type: Type, detail: GlobalEventHandlersEventMap[Type]["detail"]) => void;
}

/** The `detail` of `milepael-load` and `milepael-error`. */
export interface ElementLoadDetail {
  /** The `src` URL, or `null` for a document set as a property. */
  src: string | null;
  /** The error in the element's locale; `null` on `milepael-load`. */
  error: string | null;
  /** `fetch-failed`, `wrong-document-type` or the diagnostic code of an invalid document. */
  code: string | null;
}

/**
 * A custom element that renders a React widget into its shadow root: data from `src` (a URL of
 * milepael JSON) or the `document` property, events bubble out of the shadow root. Theme it by
 * setting `--mp-*` custom properties on the element. An element that `accepts` a document type
 * renders only once it has one of that type (its error state otherwise), so `render` receives that
 * type.
 *
 * Every attribute takes effect whenever the host sets it, before the script has loaded or after
 * the element is connected: `src` loads, `locale`, `lang` (its own or the page's) and `theme`
 * re-render, and a change to any `observed` attribute starts the widget afresh from its
 * attributes, as if the host had written them first (the widgets take most of them as defaults,
 * which a re-render would not apply). Attributes listed in `live` are props the widget follows
 * as they change: a change re-renders it and keeps what the reader has done in it.
 *
 * @example
 * defineElement("milepael-timeline", ["lanes"], ({ document }) => <Timeline document={document} />, { accepts: "plan" });
 */
export function defineElement<Type extends DocumentType | undefined = undefined>(
  tag: string,
  observed: readonly string[],
  render: (context: ElementContext<AcceptedDocument<Type>>) => ReactNode,
  options: { accepts?: Type; live?: readonly string[] } = {},
) {
  if (typeof customElements === "undefined" || customElements.get(tag)) return;
  const restarting = observed.filter((name) => !options.live?.includes(name));
  class MilepaelElement extends HTMLElement {
    static observedAttributes = ["src", "locale", "lang", "theme", ...observed];
    #root: Root | null = null;
    #mount: HTMLDivElement | null = null;
    #document: MilepaelDocument | null = null;
    #problem: Problem | null = null;
    #loading: string | null = null;
    /** The `src` loaded or being loaded, or the one a `document` property took the place of. */
    #src: string | null = null;
    /** Whether what shows came from `src` (not from the `document` property). */
    #fromSrc = false;
    /** Re-renders when the page's language changes: `lang` on `<html>` or on any element in it. */
    #languageWatch = new MutationObserver(() => this.#render());

    constructor() {
      super();
      // A page may set `document` before this script has loaded (async or deferred scripts in a
      // CMS): the value then sits on the element itself and would hide the setter. Take it over.
      if (Object.hasOwn(this, "document")) {
        const own = this as unknown as { document?: unknown };
        const value = own.document;
        delete own.document;
        this.document = value as MilepaelDocument | string | null;
      }
    }

    /** The document to show, as an object: for hosts that have the data in JavaScript. */
    get document(): MilepaelDocument | null {
      return this.#document;
    }
    set document(value: MilepaelDocument | string | null) {
      this.#loading = null;
      this.#fromSrc = false;
      this.#src = this.getAttribute("src");
      const json = typeof value === "string" ? value : value == null ? null : JSON.stringify(value);
      this.#accept(json ?? null);
      if (json != null) this.#announce(null);
    }

    connectedCallback() {
      this.#languageWatch.observe(document.documentElement, { attributeFilter: ["lang"], subtree: true });
      // A `src` set before the element was (back) in the page loads now.
      const src = this.getAttribute("src");
      if (src && src !== this.#src) void this.#load(src);
      if (this.#root) {
        // Moved in the DOM: the same root renders on, with the theme and state it had.
        this.#render();
        return;
      }
      this.#mount = shadowMount(this, this.#mount);
      this.#root = createRoot(this.#mount);
      this.#render();
    }

    disconnectedCallback() {
      // Moving an element disconnects and reconnects it in one task: unmount only if it stays out.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#languageWatch.disconnect();
        if (this.#root === null) return;
        this.#root.unmount();
        this.#root = null;
      });
    }

    attributeChangedCallback(name: string, previous: string | null, next: string | null) {
      if (name !== "src") this.#render();
      // A new `src` loads; the same one again loads when no document shows (after `document =
      // null`, or to try again after it could not be fetched or read).
      else if (next && this.isConnected && (next !== previous || this.#showsNoDocument()))
        void this.#load(next);
      // `src` removed: the document it loaded, or is still loading, goes with it (one set as a
      // property stays).
      else if (!next && (this.#fromSrc || this.#loading !== null)) {
        const fromSrc = this.#fromSrc;
        this.#loading = null;
        this.#src = null;
        if (fromSrc) this.#accept(null);
        else this.#render();
      }
    }

    #showsNoDocument(): boolean {
      return this.#document === null && this.#loading === null;
    }

    #accept(json: string | null) {
      const read = readDocument(json, options.accepts);
      this.#document = read.document;
      this.#problem = read.problem;
      this.#render();
    }

    #announce(src: string | null) {
      const problem = this.#problem;
      const detail: ElementLoadDetail = {
        src,
        error: problem ? problemMessage(problem, this.#locale()) : null,
        code: problem ? problemCode(problem) : null,
      };
      this.dispatchEvent(
        new CustomEvent(problem ? "milepael-error" : "milepael-load", {
          detail,
          bubbles: true,
          composed: true,
        }),
      );
    }

    async #load(src: string) {
      this.#loading = src;
      this.#src = src;
      this.#render();
      const { text, problem } = await fetchDocumentText(src);
      // A newer `src` or a `document` property set meanwhile wins.
      if (this.#loading !== src) return;
      this.#loading = null;
      this.#fromSrc = true;
      if (problem) {
        this.#document = null;
        this.#problem = problem;
        this.#render();
      } else this.#accept(text);
      this.#announce(src);
    }

    /** `locale` when milepael has words for it, else the language the element stands in. */
    #locale(): Locale {
      return knownLocale(this.getAttribute("locale")) ?? toLocale(inheritedLang(this));
    }

    #render() {
      if (!this.#root || !this.#mount) return;
      const locale = this.#locale();
      const words = elementMessages(locale);
      let content: ReactNode;
      if (this.#loading) content = <p role="status">{words.loading}</p>;
      else if (this.#problem) content = <p role="alert">{problemMessage(this.#problem, locale)}</p>;
      else if (options.accepts && this.#document === null) content = null;
      else
        content = render({
          attribute: (name) => this.getAttribute(name),
          // #accept keeps only a document of the accepted type, and null was handled above.
          document: this.#document as AcceptedDocument<Type>,
          emit: (type, detail) =>
            this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
        });
      // The dark tokens sit on `:host([theme="dark"])`, not on this root: what the host page sets
      // on the element itself then still wins.
      this.#mount.lang = locale;
      // A new key when an attribute the widget takes as a default changes: it starts afresh.
      const key = JSON.stringify(restarting.map((name) => this.getAttribute(name)));
      this.#root.render(createElement(LocaleProvider, { locale, key }, content));
    }
  }
  customElements.define(tag, MilepaelElement);
}

/**
 * The `lang` of the nearest element that has one, looking past shadow roots: an element inside
 * another component's shadow root speaks the page's language too.
 */
function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node !== null) {
    const found = node.closest("[lang]");
    if (found !== null) return found.getAttribute("lang");
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
