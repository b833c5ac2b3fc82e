/**
 * Status values and the two assessment scales of a budget follow-up (see the document's own
 * reading guide, "Læsevejledning").
 */

/** Every value a milestone or economy assessment can hold. `not-assessed` is a blank cell. */
export const statusValues = ["green", "yellow", "red", "not-assessed"] as const;
export type Status = (typeof statusValues)[number];

/** The coloured levels, best first. */
export const assessedLevels = ["green", "yellow", "red"] as const;
export type AssessedLevel = (typeof assessedLevels)[number];

/**
 * Lifecycle states that are not colours: an initiative can be completed, cancelled or lack a
 * baseline regardless of the colour of its last assessment.
 */
export const lifecycleStates = ["active", "completed", "cancelled", "no-baseline"] as const;
export type LifecycleState = (typeof lifecycleStates)[number];

/** The milestone scale has three levels; the economy scale only two (held / not held). */
export const statusScales = ["milestone", "economy"] as const;
export type StatusScale = (typeof statusScales)[number];

const levelsByScale: Record<StatusScale, readonly AssessedLevel[]> = {
  milestone: ["green", "yellow", "red"],
  economy: ["green", "red"],
};

/**
 * The coloured levels a scale defines, best first.
 *
 * @example
 * scaleLevels("economy"); // ["green", "red"]
 */
export function scaleLevels(scale: StatusScale): readonly AssessedLevel[] {
  return levelsByScale[scale];
}

/**
 * Whether a scale defines a status. `not-assessed` is valid on both scales; `yellow` is not
 * defined on the economy scale, which real documents still use (and we report, not drop).
 *
 * @example
 * isDefinedOnScale("economy", "yellow"); // false
 */
export function isDefinedOnScale(scale: StatusScale, status: Status): boolean {
  return status === "not-assessed" || levelsByScale[scale].includes(status);
}

/**
 * Severity of a status for "worst of" roll-ups: higher is worse; `not-assessed` is 0 so that a
 * blank never hides a colour.
 *
 * @example
 * statusSeverity("red") > statusSeverity("yellow"); // true
 */
export function statusSeverity(status: Status): number {
  switch (status) {
    case "not-assessed":
      return 0;
    case "green":
      return 1;
    case "yellow":
      return 2;
    case "red":
      return 3;
    default:
      return status satisfies never;
  }
}

/** The face drawn for a status: colour never stands alone (WCAG 1.4.1). */
export type SmileyFace = "happy" | "neutral" | "sad" | "none";

/**
 * The face that carries a status besides its colour.
 *
 * @example
 * statusFace("yellow"); // "neutral"
 */
export function statusFace(status: Status): SmileyFace {
  switch (status) {
    case "green":
      return "happy";
    case "yellow":
      return "neutral";
    case "red":
      return "sad";
    case "not-assessed":
      return "none";
    default:
      return status satisfies never;
  }
}
