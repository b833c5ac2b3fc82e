import type { BudgetFollowUp } from "@milepael/core/lite";
import { useState } from "react";
import { AssessmentTable } from "../assessment/AssessmentTable";
import type { AssessmentChange } from "../assessment/useAssessmentTable";
import type { AssessmentShow } from "../assessment/worklist";

/** The `detail` of `milepael-assess`: the operation as data, its history entry and the new document. */
export type ElementAssessDetail = Pick<AssessmentChange, "operation" | "event" | "document" | "cause">;

interface AssessmentElementProps {
  document: BudgetFollowUp;
  by: string;
  alsoRounds: string[];
  draftKey: string | null;
  show: AssessmentShow | undefined;
  onAssess: (detail: ElementAssessDetail) => void;
}

/**
 * `<milepael-assessment>`'s content: the assessment table keeping each accepted change until the
 * host sets a new `document` (which then wins), and telling the host of every change.
 */
export function AssessmentElement({
  document,
  by,
  alsoRounds,
  draftKey,
  show,
  onAssess,
}: AssessmentElementProps) {
  const [state, setState] = useState({ source: document, current: document });
  let current = state.current;
  if (state.source !== document) {
    current = document;
    setState({ source: document, current: document });
  }
  return (
    <AssessmentTable
      document={current}
      by={by}
      alsoRounds={alsoRounds}
      {...(draftKey === null ? {} : { draftKey })}
      {...(show === undefined ? {} : { defaultShow: show })}
      onChange={(change) => {
        setState((previous) => ({ ...previous, current: change.document }));
        onAssess({
          operation: change.operation,
          event: change.event,
          document: change.document,
          cause: change.cause,
        });
      }}
    />
  );
}
