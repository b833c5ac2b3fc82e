import type { DecisionOutcome, Locale, MilepaelDocument, Status } from "@milepael/core/lite";
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { LaneField } from "../plan/layout";
import type { ElementAssessDetail } from "./AssessmentElement";
import type { ElementLoadDetail } from "./defineElement";

export type { ElementLoadDetail } from "./defineElement";

/** The `detail` of `milepael-select`: the chosen initiative's or activity's id, `null` when cleared. */
export interface ElementSelectDetail {
  id: string | null;
}

/** What every milepael element has besides its attributes: the document as a property. */
export interface MilepaelElement extends HTMLElement {
  /** The document shown; set an object or JSON text (validated), `null` to clear it. */
  get document(): MilepaelDocument | null;
  set document(value: MilepaelDocument | string | null);
}

/** The attributes every element takes. */
interface CommonAttributes {
  /** A URL of milepael JSON, fetched and validated. */
  src?: string;
  /** `da` (default, or the page's `lang`) or `en`. */
  locale?: Locale;
  /** `dark` paints the dark theme with its own background; the page's `--mp-*` properties still win. */
  theme?: "light" | "dark";
}

/** The attributes of each element, by tag. */
export interface MilepaelElementAttributes {
  "milepael-smiley": {
    status?: Status;
    scale?: "milestone" | "economy";
    variant?: "face" | "dot";
    size?: "sm" | "md" | "lg";
    label?: "none" | "name" | "meaning";
  };
  "milepael-status-summary": { round?: string; today?: string };
  "milepael-milestone-table": { round?: string; status?: Status; search?: string; "group-by"?: string };
  "milepael-assessment": {
    /** Who assesses: written into every history entry. */
    by?: string;
    /** Round ids, space-separated, whose milestones are listed besides the open round's (early). */
    "also-rounds"?: string;
    /** Keeps unsaved drafts in `localStorage` under this key. */
    "draft-key"?: string;
    show?: "all" | "not-assessed" | "needs-note";
  };
  "milepael-timeline": { lanes?: LaneField; today?: string; view?: "timeline" | "agenda" };
  "milepael-wheel": {
    lanes?: LaneField;
    today?: string;
    year?: string | number;
    "start-month"?: string | number;
  };
  "milepael-meetings": {
    view?: "wheel" | "timeline";
    today?: string;
    year?: string | number;
    "start-month"?: string | number;
  };
  "milepael-decision-log": {
    /** A committee as the log names it (the first spelling in the document). */
    committee?: string;
    outcome?: DecisionOutcome;
    year?: string | number;
    search?: string;
  };
}

/** Props of a milepael element in React 19 JSX: attributes, the `document` property, and events. */
type JsxProps<Tag extends keyof MilepaelElementAttributes> = DetailedHTMLProps<
  HTMLAttributes<MilepaelElement>,
  MilepaelElement
> &
  CommonAttributes &
  MilepaelElementAttributes[Tag] & {
    document?: MilepaelDocument | string | null;
    "onmilepael-load"?: (event: CustomEvent<ElementLoadDetail>) => void;
    "onmilepael-error"?: (event: CustomEvent<ElementLoadDetail>) => void;
    "onmilepael-select"?: (event: CustomEvent<ElementSelectDetail>) => void;
    "onmilepael-assess"?: (event: CustomEvent<ElementAssessDetail>) => void;
  };

declare global {
  interface HTMLElementTagNameMap {
    "milepael-smiley": MilepaelElement;
    "milepael-status-summary": MilepaelElement;
    "milepael-milestone-table": MilepaelElement;
    "milepael-assessment": MilepaelElement;
    "milepael-timeline": MilepaelElement;
    "milepael-wheel": MilepaelElement;
    "milepael-meetings": MilepaelElement;
    "milepael-decision-log": MilepaelElement;
  }
  interface GlobalEventHandlersEventMap {
    "milepael-load": CustomEvent<ElementLoadDetail>;
    "milepael-error": CustomEvent<ElementLoadDetail>;
    "milepael-select": CustomEvent<ElementSelectDetail>;
    "milepael-assess": CustomEvent<ElementAssessDetail>;
  }
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "milepael-smiley": JsxProps<"milepael-smiley">;
      "milepael-status-summary": JsxProps<"milepael-status-summary">;
      "milepael-milestone-table": JsxProps<"milepael-milestone-table">;
      "milepael-assessment": JsxProps<"milepael-assessment">;
      "milepael-timeline": JsxProps<"milepael-timeline">;
      "milepael-wheel": JsxProps<"milepael-wheel">;
      "milepael-meetings": JsxProps<"milepael-meetings">;
      "milepael-decision-log": JsxProps<"milepael-decision-log">;
    }
  }
}
