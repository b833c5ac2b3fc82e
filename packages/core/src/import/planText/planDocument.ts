import type { Activity, PlanDocument, planKinds, Track } from "../../model/plan.schema";
import { sanitizeRichText } from "../../richText/richText";

/**
 * The plan document from what the reader gathered: the kind of plan from its title, the
 * introduction's and each track's paragraphs as rich text (left out when empty).
 *
 * @example
 * planDocument({ title: "Implementeringsplan 2017" }, [], [], activities).planKind; // "implementation-plan"
 */
export function planDocument(
  metadata: PlanDocument["metadata"],
  introductionParagraphs: readonly string[],
  tracks: readonly (Track & { paragraphs: string[] })[],
  activities: Activity[],
): PlanDocument {
  const introduction = sanitizeRichText(introductionParagraphs.join("")).html;
  return {
    schemaVersion: 2,
    type: "plan",
    planKind: planKindOf(metadata.title),
    metadata,
    ...(introduction === "" ? {} : { introduction }),
    tracks: tracks.map(({ paragraphs, ...track }) => {
      const description = sanitizeRichText(paragraphs.join("")).html;
      return description === "" ? track : { ...track, description };
    }),
    activities,
  };
}

function planKindOf(title: string): (typeof planKinds)[number] {
  const lower = title.toLowerCase();
  if (lower.includes("implementeringsplan")) return "implementation-plan";
  if (lower.includes("kommunikation")) return "communication-plan";
  if (lower.includes("program") || lower.includes("forløb")) return "programme";
  if (lower.includes("handleplan") || lower.includes("handlingsplan")) return "action-plan";
  return "other";
}
