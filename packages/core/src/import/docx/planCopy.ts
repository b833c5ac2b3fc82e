// A plan edited in Word whose file still carries milepael's copy of the document: the pages say
// what the plan is (the edit included), the copy what no page prints.

import type { Activity, PlanDocument, Track } from "../../model/plan.schema";
import { TakenInOrder, UniqueIds } from "../meetings/meetingParts";

/**
 * The plan read from edited pages with what its paper does not print taken from the file's copy:
 * the document's organisation, each track's id where the copy has a track of the same number and
 * title, and each activity's id and tags where the copy has an activity of the same date and title
 * (in order, when several share them). A track or activity the copy does not have (edited or added
 * in Word) keeps what its pages gave it, its id made unlike the copy's; activities point at their
 * tracks' ids.
 *
 * @example
 * planWithCopyFields(pages, copy).activities[0]?.tags; // the copy's tags of that activity
 */
export function planWithCopyFields(pages: PlanDocument, copy: PlanDocument): PlanDocument {
  const tracks = inCopy(
    pages.tracks,
    copy.tracks,
    (track: Track) => `${track.label ?? ""}\u0000${track.title}`,
  );
  const trackIds = new Map(pages.tracks.map((track, index) => [track.id, tracks[index]?.id ?? track.id]));
  const activities = inCopy(
    pages.activities,
    copy.activities,
    (activity: Activity) => `${activity.date.text}\u0000${activity.title}`,
  );
  const { organisation } = copy.metadata;
  return {
    ...pages,
    metadata: { ...pages.metadata, ...(organisation === undefined ? {} : { organisation }) },
    tracks: pages.tracks.map((track, index) => ({ ...track, id: tracks[index]?.id ?? track.id })),
    activities: pages.activities.map(({ track, ...activity }, index) => {
      const copied = activities[index]?.copied;
      return {
        ...activity,
        id: activities[index]?.id ?? activity.id,
        ...(copied === undefined ? {} : { tags: copied.tags }),
        ...(track === undefined ? {} : { track: trackIds.get(track) ?? track }),
      };
    }),
  };
}

/**
 * For each value of the pages, the value of the copy with the same key (taken in order) and the id
 * it gets: the copy's where there is one, reserved first so that a value the copy does not have
 * cannot take it; else its own, made unique.
 */
function inCopy<V extends { id: string }>(
  pages: readonly V[],
  copy: readonly V[],
  keyOf: (value: V) => string,
): { id: string; copied: V | undefined }[] {
  const byKey = new TakenInOrder(copy, keyOf);
  const matched = pages.map((value) => byKey.take(keyOf(value)));
  const ids = new UniqueIds();
  for (const value of matched) if (value !== undefined) ids.take(value.id);
  return pages.map((value, index) => {
    const copied = matched[index];
    return { id: copied?.id ?? ids.take(value.id), copied };
  });
}
