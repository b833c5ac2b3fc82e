/**
 * The rule that sizes an element's widget from its own font size instead of the page's root.
 *
 * The widgets size text and spacing in `rem`, which in a shadow root still means the page's root
 * font size: on a page built on `html { font-size: 62.5% }` (Bootstrap 3 and many CMS themes)
 * every widget would be drawn at 62.5 %, table text at 8.75 px. The elements' stylesheet
 * (elementCss.mjs) writes each `rem` as `var(--mp-rem, 1rem)`, and `:host` is `font-size: medium`
 * (host.css), the reader's own text size, unless the page sets one on the element. `--mp-rem` is
 * registered as a length so that `1em` on the host inherits as pixels: unregistered, every level
 * below would read `1em` against its own parent again. Where registering fails (a browser without
 * `CSS.registerProperty`), no rule is returned and the widgets keep the page's `rem`.
 *
 * @example
 * sheet.replaceSync(css + remLengthRule());
 */
export function remLengthRule(): string {
  try {
    // 0 px until an element sets it: the timeline (labels.ts) then knows to use the page's root.
    CSS.registerProperty({ name: "--mp-rem", syntax: "<length>", inherits: true, initialValue: "0px" });
  } catch (error) {
    // Registered already, by another copy of the elements on the page: the rule works as well.
    if (!(error instanceof DOMException && error.name === "InvalidModificationError")) return "";
  }
  return ":host{--mp-rem:1em}";
}
