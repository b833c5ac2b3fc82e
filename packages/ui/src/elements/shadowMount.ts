import { remLengthRule } from "./remLength";

declare const __MILEPAEL_CSS__: string;

let sheet: CSSStyleSheet | null = null;
/** milepael's stylesheet, shared by every shadow root on the page. */
function styles(): CSSStyleSheet {
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync((typeof __MILEPAEL_CSS__ === "string" ? __MILEPAEL_CSS__ : "") + remLengthRule());
  }
  return sheet;
}

/**
 * Where an element's widget renders: a `div.mp-element` in the element's open shadow root, which
 * adopts milepael's stylesheet. An element connected again keeps its shadow root and `mount`.
 *
 * @example
 * this.#mount = shadowMount(this, this.#mount);
 */
export function shadowMount(host: HTMLElement, mount: HTMLDivElement | null): HTMLDivElement {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [styles()];
  if (mount !== null) return mount;
  const created = document.createElement("div");
  created.className = "mp-element";
  shadow.append(created);
  return created;
}
