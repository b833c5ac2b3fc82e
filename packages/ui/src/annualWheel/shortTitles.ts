import type { PlanDocument } from "@milepael/core/lite";

/**
 * A plan whose activity titles are cut to their first words (at most `length` letters), as
 * people name activities on a wheel they draw themselves ("Kick-off", "Temamøde"): for stories
 * and tests of names written along the arcs.
 *
 * @example
 * shortTitles(implementationPlan2017).activities[0]?.title; // "Udvikling af"
 */
export function shortTitles(plan: PlanDocument, length = 14): PlanDocument {
  return {
    ...plan,
    activities: plan.activities.map((activity) => {
      let title = "";
      for (const word of activity.title.split(/\s+/)) {
        const next = title ? `${title} ${word}` : word;
        if (next.length > length && title) break;
        title = next;
      }
      return { ...activity, title };
    }),
  };
}
