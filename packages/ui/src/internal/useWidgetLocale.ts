import type { Locale } from "@milepael/core/lite";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { dataLang } from "./dataLang";

/**
 * What a widget needs of its locale, in one call: the locale itself (its `locale` prop, else the
 * nearest `LocaleProvider`'s), its strings, and the `lang` for the plan's own Danish words
 * (`undefined` on a Danish page).
 *
 * @example
 * const { locale, text, lang } = useWidgetLocale(props.locale);
 * <span lang={lang}>{activity.title}</span>;
 */
export function useWidgetLocale(override?: Locale) {
  const locale = useLocale(override);
  return { locale, text: messages(locale), lang: dataLang(locale) };
}
