// Status values, scales and faces

export { isoWeekOf, isoWeeksInYear } from "./date/calendar";
export type { DateSortOptions } from "./date/compareDanishDates";
export { compareDanishDates, dateSortKey } from "./date/compareDanishDates";
export type { FormatDanishDateOptions } from "./date/formatDanishDate";
export { formatDanishDate } from "./date/formatDanishDate";
// Danish date expressions
export { parseDanishDate } from "./date/parseDanishDate";
export type {
  DanishDateResult,
  DateFailureReason,
  DateInterval,
  DateKind,
  DatePrecision,
  ParseDanishDateOptions,
  ParsedDanishDate,
  RoundCalendarEntry,
  UnparsedDanishDate,
} from "./date/types";
export { dateFailureReasons, dateKinds, datePrecisions } from "./date/types";
export { dateFailureMessage } from "./i18n/dateReasons";
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
