import { communicationPlan2017, implementationPlan2017 } from "@milepael/core/fixtures";
import type { PlanDocument } from "@milepael/core/lite";

/**
 * The communication plan with `count` ongoing activities added (copies of the implementation
 * plan's first, which runs all year): the "Løbende" band's summary in stories and tests.
 *
 * @example
 * <Timeline document={withOngoingActivities(87)} />;
 */
export function withOngoingActivities(count: number): PlanDocument {
  return {
    ...communicationPlan2017,
    activities: [
      ...communicationPlan2017.activities,
      ...Array.from({ length: count }, (_, index) => ({
        ...(implementationPlan2017.activities[0] as PlanDocument["activities"][number]),
        id: `ongoing-${index + 1}`,
        title: `Løbende opgave ${index + 1}`,
      })),
    ],
  };
}
