export { LocaleProvider, type LocaleProviderProps, useLocale } from "./LocaleProvider";
