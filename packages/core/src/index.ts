// Status values, scales and faces

export type { Locale } from "./i18n/locale";
// Locales and labels
export { defaultLocale, locales, toLocale } from "./i18n/locale";
export type { StatusLabel } from "./i18n/statusLabels";
export { lifecycleLabel, statusLabel } from "./i18n/statusLabels";
export type { AssessedLevel, LifecycleState, SmileyFace, Status, StatusScale } from "./status/status";
export {
  assessedLevels,
  isDefinedOnScale,
  lifecycleStates,
  scaleLevels,
  statusFace,
  statusScales,
  statusSeverity,
  statusValues,
} from "./status/status";
