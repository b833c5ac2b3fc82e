import type { Locale } from "@milepael/core/lite";

/**
 * The `lang` for text that comes from a document (titles, names, descriptions) when the widget
 * speaks `locale`: the documents are Danish, so in English the data is marked `da` (WCAG 3.1.2);
 * in Danish it inherits.
 *
 * @example
 * <span lang={dataLang(locale)}>{initiative.title}</span>
 */
export function dataLang(locale: Locale): "da" | undefined {
  return locale === "da" ? undefined : "da";
}
