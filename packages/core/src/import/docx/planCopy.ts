// A plan edited in Word whose file still carries milepael's copy of the document: the pages say
// what the plan is (the edit included), the copy what no page prints.

import type { Activity, PlanDocument } from "../../model/plan.schema";
import { TakenInOrder, UniqueIds } from "../meetings/meetingParts";

/**
 * The plan read from edited pages with what its paper does not print taken from the file's copy:
 * the document's organisation, and each activity's id and tags where the copy has an activity of
 * the same date and title (in order, when several share them). An activity the copy does not have
 * (edited or added in Word) keeps what its pages gave it, its id made unlike the copy's.
 *
 * @example
 * planWithCopyFields(pages, copy).activities[0]?.tags; // the copy's tags of that activity
 */
export function planWithCopyFields(pages: PlanDocument, copy: PlanDocument): PlanDocument {
  const keyOf = (activity: Activity) => `${activity.date.text}\u0000${activity.title}`;
  const copyActivities = new TakenInOrder(copy.activities, keyOf);
  const matched = pages.activities.map((activity) => copyActivities.take(keyOf(activity)));
  // The copy's ids first, so an activity new to the copy cannot take one of them.
  const ids = new UniqueIds();
  for (const activity of matched) if (activity !== undefined) ids.take(activity.id);
  const { organisation } = copy.metadata;
  return {
    ...pages,
    metadata: { ...pages.metadata, ...(organisation === undefined ? {} : { organisation }) },
    activities: pages.activities.map((activity, index) => {
      const inCopy = matched[index];
      return inCopy === undefined
        ? { ...activity, id: ids.take(activity.id) }
        : { ...activity, id: inCopy.id, tags: inCopy.tags };
    }),
  };
}
