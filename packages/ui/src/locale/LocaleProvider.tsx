import { defaultLocale, type Locale } from "@milepael/core/lite";
import { createContext, type ReactNode, useContext } from "react";

const LocaleContext = createContext<Locale>(defaultLocale);

export interface LocaleProviderProps {
  /** `da` (default) or `en`. */
  locale: Locale;
  children?: ReactNode;
}

/** Sets the language of every milepael widget below it. */
export function LocaleProvider({ locale, children }: LocaleProviderProps) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The locale a widget renders in: its own `locale` prop wins over the nearest provider. */
export function useLocale(override?: Locale): Locale {
  const fromContext = useContext(LocaleContext);
  return override ?? fromContext;
}

/**
 * The locale in force (the override, else the nearest provider's) and a catalogue's words in it:
 * what a widget starts with.
 *
 * @example
 * const [activeLocale, text] = useLocaleWords(chartMessages, locale);
 */
export function useLocaleWords<Words>(words: (locale: Locale) => Words, override?: Locale): [Locale, Words] {
  const locale = useLocale(override);
  return [locale, words(locale)];
}
