import type { LifecycleState, Status, StatusScale } from "../status/status";
import type { Locale } from "./locale";

/** A status in words: a short name ("Grøn") and what it means on its scale. */
export interface StatusLabel {
  name: string;
  meaning: string;
}

// Names and meanings written status by status, both languages side by side. Meanings follow the
// follow-up document's own reading guide ("Læsevejledning").
const statusNames: Record<Status, Record<Locale, string>> = {
  green: { da: "Grøn", en: "Green" },
  yellow: { da: "Gul", en: "Yellow" },
  red: { da: "Rød", en: "Red" },
  "not-assessed": { da: "Ikke vurderet", en: "Not assessed" },
};

const notAssessed = { da: "Ingen vurdering endnu", en: "No assessment yet" };

const statusMeanings: Record<StatusScale, Record<Status, Record<Locale, string>>> = {
  milestone: {
    green: { da: "Milepæl er opfyldt", en: "Milestone met" },
    yellow: {
      da: "Milepæl er ikke fuldt opfyldt, men det samlede mål for året er fortsat realistisk",
      en: "Milestone not fully met, but the goal for the year is still realistic",
    },
    red: {
      da: "Milepæl er ikke opfyldt og er ikke realistisk at opfylde inden for perioden",
      en: "Milestone not met and not realistic to meet within the period",
    },
    "not-assessed": notAssessed,
  },
  economy: {
    green: { da: "Budget er overholdt / besparelse er opnået", en: "Budget held / saving achieved" },
    yellow: { da: "Gul er ikke defineret for økonomi", en: "Yellow is not defined for economy" },
    red: {
      da: "Budget er ikke overholdt / besparelsen opnås ikke i perioden",
      en: "Budget not held / saving not achieved this period",
    },
    "not-assessed": notAssessed,
  },
};

const lifecycleCatalog: Record<Locale, Record<LifecycleState, string>> = {
  da: { active: "Aktiv", completed: "Afsluttet", cancelled: "Annulleret", "no-baseline": "Ingen baseline" },
  en: { active: "Active", completed: "Completed", cancelled: "Cancelled", "no-baseline": "No baseline" },
};

/**
 * The name and meaning of a status on a scale, in a locale.
 *
 * @example
 * statusLabel("green", "milestone", "da"); // { name: "Grøn", meaning: "Milepæl er opfyldt" }
 */
export function statusLabel(status: Status, scale: StatusScale, locale: Locale): StatusLabel {
  return { name: statusNames[status][locale], meaning: statusMeanings[scale][status][locale] };
}

/**
 * The name of a lifecycle state in a locale.
 *
 * @example
 * lifecycleLabel("cancelled", "en"); // "Cancelled"
 */
export function lifecycleLabel(state: LifecycleState, locale: Locale): string {
  return lifecycleCatalog[locale][state];
}
