import type { LifecycleState, Status, StatusScale } from "../status/status";
import type { Locale } from "./locale";

/** A status in words: a short name ("Grøn") and what it means on its scale. */
export interface StatusLabel {
  name: string;
  meaning: string;
}

type ScaleCatalog = Record<Status, StatusLabel>;

// Meanings follow the follow-up document's own reading guide ("Læsevejledning").
const statusCatalog: Record<Locale, Record<StatusScale, ScaleCatalog>> = {
  da: {
    milestone: {
      green: { name: "Grøn", meaning: "Milepæl er opfyldt" },
      yellow: {
        name: "Gul",
        meaning: "Milepæl er ikke fuldt opfyldt, men det samlede mål for året er fortsat realistisk",
      },
      red: {
        name: "Rød",
        meaning: "Milepæl er ikke opfyldt og er ikke realistisk at opfylde inden for perioden",
      },
      "not-assessed": { name: "Ikke vurderet", meaning: "Ingen vurdering endnu" },
    },
    economy: {
      green: { name: "Grøn", meaning: "Budget er overholdt / besparelse er opnået" },
      yellow: { name: "Gul", meaning: "Gul er ikke defineret for økonomi" },
      red: {
        name: "Rød",
        meaning: "Budget er ikke overholdt / besparelsen opnås ikke i perioden",
      },
      "not-assessed": { name: "Ikke vurderet", meaning: "Ingen vurdering endnu" },
    },
  },
  en: {
    milestone: {
      green: { name: "Green", meaning: "Milestone met" },
      yellow: {
        name: "Yellow",
        meaning: "Milestone not fully met, but the goal for the year is still realistic",
      },
      red: {
        name: "Red",
        meaning: "Milestone not met and not realistic to meet within the period",
      },
      "not-assessed": { name: "Not assessed", meaning: "No assessment yet" },
    },
    economy: {
      green: { name: "Green", meaning: "Budget held / saving achieved" },
      yellow: { name: "Yellow", meaning: "Yellow is not defined for economy" },
      red: { name: "Red", meaning: "Budget not held / saving not achieved this period" },
      "not-assessed": { name: "Not assessed", meaning: "No assessment yet" },
    },
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
  return statusCatalog[locale][scale][status];
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
