import { type MeetingsDocument, meetingsAsPlan, type PlanDocument } from "@milepael/core/lite";
import { committees } from "./committees";

/**
 * Meetings as the plan the Timeline and the AnnualWheel draw (core's `meetingsAsPlan`: a day per
 * meeting, its items and decisions as the details), with one lane per committee however its name
 * is spelt: each meeting's `theme` and `responsible` are its committee's label (see `committees`).
 *
 * @example
 * <AnnualWheel document={meetingCalendarPlan(meetings)} laneBy="theme" />;
 */
export function meetingCalendarPlan(document: MeetingsDocument): PlanDocument {
  const { labelOf } = committees(document);
  const bodyOf = new Map(document.meetings.map((meeting) => [meeting.id, meeting.body]));
  const plan = meetingsAsPlan(document);
  return {
    ...plan,
    activities: plan.activities.map((activity) => {
      const body = bodyOf.get(activity.id);
      return body === undefined
        ? activity
        : { ...activity, theme: labelOf(body), responsible: labelOf(body) };
    }),
  };
}
