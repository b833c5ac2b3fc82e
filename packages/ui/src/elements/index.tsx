import { type Status, statusValues } from "@milepael/core/lite";
import { AnnualWheel } from "../annualWheel/AnnualWheel";
import { DecisionLog } from "../meetings/DecisionLog";
import { MeetingCalendar } from "../meetings/MeetingCalendar";
import { roundColumnId } from "../milestoneTable/columns";
import { MilestoneTable } from "../milestoneTable/MilestoneTable";
import { type LaneField, laneFields } from "../plan/layout";
import { Smiley } from "../smiley/Smiley";
import { StatusSummary } from "../statusSummary/StatusSummary";
import { Timeline } from "../timeline/Timeline";
import { AssessmentElement } from "./AssessmentElement";
import { defineElement } from "./defineElement";

export type { ElementAssessDetail } from "./AssessmentElement";
export type {
  ElementLoadDetail,
  ElementSelectDetail,
  MilepaelElement,
  MilepaelElementAttributes,
} from "./types";

const lanes = (value: string | null): LaneField | undefined =>
  (laneFields as readonly string[]).includes(value ?? "") ? (value as LaneField) : undefined;
const status = (value: string | null): Status | undefined =>
  (statusValues as readonly string[]).includes(value ?? "") ? (value as Status) : undefined;

/** The named attributes that are set and not empty, as props of the same names. */
function given<Name extends string>(attribute: (name: string) => string | null, ...names: Name[]) {
  const present = names.flatMap((name) => {
    const value = attribute(name);
    return value ? [[name, value] as const] : [];
  });
  return Object.fromEntries(present) as Partial<Record<Name, string>>;
}

/** `round` and `status` as the milestone table's filter: the initiatives with that status at that round. */
function roundFilter(attribute: (name: string) => string | null) {
  const round = attribute("round");
  const wanted = status(attribute("status"));
  return round && wanted ? [{ id: roundColumnId(round), value: wanted }] : [];
}

/** The named attributes that are set, as filters on the columns of the same ids. */
function columnFilters(attribute: (name: string) => string | null, ids: readonly string[]) {
  return Object.entries(given(attribute, ...ids)).map(([id, value]) => ({ id, value }));
}

/** The decision log's columns that an attribute of the same name filters: observed, and read as filters. */
const decisionLogFilters = ["committee", "outcome", "year"];

/** `year` and `start-month` as a calendar widget's props, each only when it is a valid value. */
function calendarStart(attribute: (name: string) => string | null) {
  const year = Number(attribute("year"));
  const startMonth = Number(attribute("start-month"));
  return {
    ...(Number.isInteger(year) && year > 0 ? { defaultYear: year } : {}),
    ...(startMonth >= 1 && startMonth <= 12 ? { startMonth } : {}),
  };
}

/**
 * Registers milepael's custom elements, for pages that are not React apps:
 * `<milepael-smiley>`, `<milepael-status-summary>`, `<milepael-milestone-table>`,
 * `<milepael-assessment>`, `<milepael-timeline>`, `<milepael-wheel>`, `<milepael-meetings>` and
 * `<milepael-decision-log>`. Safe to call more than once.
 *
 * @example
 * defineMilepaelElements();
 * // <milepael-timeline src="/plan.json" lanes="theme" locale="da"></milepael-timeline>
 */
export function defineMilepaelElements() {
  defineElement("milepael-smiley", ["status", "scale", "variant", "size", "label"], ({ attribute }) => (
    <Smiley
      status={status(attribute("status")) ?? "not-assessed"}
      scale={attribute("scale") === "economy" ? "economy" : "milestone"}
      variant={attribute("variant") === "dot" ? "dot" : "face"}
      size={attribute("size") === "sm" ? "sm" : attribute("size") === "lg" ? "lg" : "md"}
      label={attribute("label") === "name" ? "name" : attribute("label") === "meaning" ? "meaning" : "none"}
    />
  ));

  defineElement(
    "milepael-status-summary",
    ["round", "today"],
    ({ attribute, document, emit }) => (
      <StatusSummary
        document={document}
        {...given(attribute, "round", "today")}
        onSelectInitiative={(id) => emit("milepael-select", { id })}
      />
    ),
    { accepts: "budget-follow-up" },
  );

  defineElement(
    "milepael-milestone-table",
    ["round", "status", "search", "group-by"],
    ({ attribute, document }) => (
      <MilestoneTable
        document={document}
        defaultGlobalFilter={attribute("search") ?? ""}
        defaultColumnFilters={roundFilter(attribute)}
        defaultGrouping={attribute("group-by") === "none" ? [] : [attribute("group-by") ?? "section"]}
      />
    ),
    { accepts: "budget-follow-up" },
  );

  defineElement(
    "milepael-assessment",
    ["by", "also-rounds", "draft-key", "show"],
    ({ attribute, document, emit }) => {
      const show = attribute("show");
      return (
        <AssessmentElement
          document={document}
          by={attribute("by") ?? ""}
          alsoRounds={(attribute("also-rounds") ?? "").split(/\s+/).filter(Boolean)}
          draftKey={attribute("draft-key")}
          show={show === "not-assessed" || show === "needs-note" || show === "all" ? show : undefined}
          onAssess={(detail) => emit("milepael-assess", detail)}
        />
      );
    },
    // `by` and `also-rounds` are followed as they change: a restart would drop the reader's drafts.
    { accepts: "budget-follow-up", live: ["by", "also-rounds"] },
  );

  defineElement(
    "milepael-timeline",
    ["lanes", "today", "view"],
    ({ attribute, document, emit }) => {
      const laneBy = lanes(attribute("lanes"));
      return (
        <Timeline
          document={document}
          {...(laneBy ? { defaultLaneBy: laneBy } : {})}
          {...(attribute("view") === "agenda" ? { defaultView: "agenda" as const } : {})}
          today={attribute("today") ?? undefined}
          onSelectionChange={(id) => emit("milepael-select", { id })}
        />
      );
    },
    { accepts: "plan" },
  );

  defineElement(
    "milepael-wheel",
    ["lanes", "today", "year", "start-month", "patterns"],
    ({ attribute, document, emit }) => (
      <AnnualWheel
        document={document}
        laneBy={lanes(attribute("lanes")) ?? "theme"}
        {...calendarStart(attribute)}
        patterns={attribute("patterns") !== null}
        today={attribute("today") ?? undefined}
        onSelectionChange={(id) => emit("milepael-select", { id })}
      />
    ),
    { accepts: "plan" },
  );

  defineElement(
    "milepael-meetings",
    ["view", "today", "year", "start-month"],
    ({ attribute, document, emit }) => (
      <MeetingCalendar
        document={document}
        defaultView={attribute("view") === "timeline" ? "timeline" : "wheel"}
        {...calendarStart(attribute)}
        {...given(attribute, "today")}
        onSelectionChange={(id) => emit("milepael-select", { id })}
      />
    ),
    { accepts: "meetings" },
  );

  defineElement(
    "milepael-decision-log",
    [...decisionLogFilters, "search"],
    ({ attribute, document }) => (
      <DecisionLog
        document={document}
        defaultColumnFilters={columnFilters(attribute, decisionLogFilters)}
        defaultGlobalFilter={attribute("search") ?? ""}
      />
    ),
    { accepts: "meetings" },
  );
}
