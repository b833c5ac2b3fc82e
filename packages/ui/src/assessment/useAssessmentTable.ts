import type { Diagnostic } from "@milepael/core";
import {
  type AssessedEvent,
  type AssessmentInput,
  type AssessmentOperation,
  type AssessmentTarget,
  assess,
  type BudgetFollowUp,
  openRound,
  type Status,
  undoAssessment,
  validateAssessment,
  type WorklistItem,
} from "@milepael/core/lite";
import { useEffect, useMemo, useState } from "react";
import { useControllableState } from "../internal/useControllableState";
import type { ValueFilters } from "../internal/useValueFilters";
import { type UseMilestoneTableOptions, useMilestoneTable } from "../milestoneTable/useMilestoneTable";
import { type AssessmentDraft, readDrafts, writeDrafts } from "./drafts";
import { type AssessmentShow, assessmentWorklist, isShown } from "./worklist";

/** What the table did to the document: the operation as data, and the history entry it added. */
export interface AssessmentChange {
  document: BudgetFollowUp;
  operation: Extract<AssessmentOperation, { type: "assess" }>;
  event: AssessedEvent;
  /** `undo` and `redo` for changes made by the undo and redo commands. */
  cause: "edit" | "undo" | "redo";
}

export interface UseAssessmentTableOptions extends UseMilestoneTableOptions {
  /** Who assesses: written into every history entry. */
  by: string;
  /** The time of a change (ISO 8601 with offset); default the clock. */
  now?: () => string;
  /** Rounds whose milestones are listed besides the open round's (assessed early, with core's warning). */
  alsoRounds?: readonly string[];
  /** Called with each accepted change; the host keeps the new document and passes it back. */
  onChange?: (change: AssessmentChange) => void;
  /** Keeps unsaved drafts in `localStorage` under this key, so a reload loses nothing. */
  draftKey?: string;
  show?: AssessmentShow;
  defaultShow?: AssessmentShow;
  onShowChange?: (show: AssessmentShow) => void;
}

/** The attribute filters an assessor is offered, in toolbar order. */
const assessmentFilterColumns = ["centre", "committee"] as const;
type AssessmentFilterColumn = (typeof assessmentFilterColumns)[number];

/** The key of one assessment: initiative and milestone (0-based) or `economy`. */
export const assessmentKey = (initiativeId: string, target: AssessmentTarget) => `${initiativeId}:${target}`;

interface Done {
  input: Omit<AssessmentInput, "by" | "at">;
  event: AssessedEvent;
}

/**
 * An assessment table's state on the milestone table's own headless hook (`useMilestoneTable`: its
 * centre and committee filters and search choose the initiatives): the round's worklist with
 * drafts, the reading guide's findings for each (`validateAssessment`, at once as a draft
 * changes), saving through core's `assess`, undo and redo, and drafts kept across reloads.
 *
 * @example
 * const model = useAssessmentTable(followUp, { by: "Anne", onChange: ({ document }) => save(document) });
 * model.setStatus(model.items[0], "green"); model.commit(model.items[0]);
 */
export function useAssessmentTable(document: BudgetFollowUp, options: UseAssessmentTableOptions) {
  const { by, now = () => new Date().toISOString(), alsoRounds, onChange, draftKey } = options;
  const table = useMilestoneTable(document, { defaultGrouping: [], ...options });
  const [show, setShow] = useControllableState(
    options.show,
    options.defaultShow ?? "all",
    options.onShowChange,
  );
  const [drafts, setDrafts] = useState<Record<string, AssessmentDraft>>(() => readDrafts(draftKey));
  const [findings, setFindings] = useState<Record<string, Diagnostic[]>>({});
  const [undoStack, setUndoStack] = useState<Done[]>([]);
  const [redoStack, setRedoStack] = useState<Done[]>([]);
  const [announcement, setAnnouncement] = useState<AssessmentAnnouncement | null>(null);
  useEffect(() => writeDrafts(draftKey, drafts), [draftKey, drafts]);

  // An assessor narrows the worklist by centre and committee; kind is not offered here.
  const attributeFilters = useMemo(
    (): ValueFilters<AssessmentFilterColumn> => ({
      ...table.attributeFilters,
      columns: assessmentFilterColumns,
    }),
    [table.attributeFilters],
  );

  const round = openRound(document);
  const worklist = useMemo(
    () => (round === null ? [] : assessmentWorklist(document, round.id, alsoRounds)),
    [document, round, alsoRounds],
  );

  const initiatives = new Set(
    table.table
      .getFilteredRowModel()
      .flatRows.filter((row) => !row.getIsGrouped())
      .map((row) => row.original.initiative.id),
  );
  const items = worklist.filter((item) => initiatives.has(item.initiativeId) && isShown(item, show));

  const inputOf = (item: WorklistItem, draft: AssessmentDraft): AssessmentInput => ({
    initiativeId: item.initiativeId,
    milestone: item.target,
    status: draft.status,
    note: draft.note,
    by,
    at: now(),
  });
  const keyOf = (item: WorklistItem) => assessmentKey(item.initiativeId, item.target);
  const label = (item: WorklistItem) =>
    item.target === "economy" ? item.name : `${item.name}: ${item.text}`;

  const apply = (
    input: Omit<AssessmentInput, "by" | "at">,
    cause: AssessmentChange["cause"],
  ): { ok: boolean; diagnostics: Diagnostic[]; event: AssessedEvent | null } => {
    const full = { ...input, by, at: now() };
    const result = assess(document, full);
    const errors = result.diagnostics.some((finding) => finding.level === "error");
    if (errors || result.event === null || result.event.type !== "assessed")
      return { ok: !errors, diagnostics: result.diagnostics, event: null };
    onChange?.({
      document: result.document,
      operation: { type: "assess", ...full },
      event: result.event,
      cause,
    });
    return { ok: true, diagnostics: result.diagnostics, event: result.event };
  };

  const draftOf = (item: WorklistItem): AssessmentDraft =>
    drafts[keyOf(item)] ?? { status: item.status, note: item.note ?? "" };

  const update = (item: WorklistItem, change: Partial<AssessmentDraft>) => {
    const key = keyOf(item);
    setDrafts((previous) => {
      const next = { ...(previous[key] ?? { status: item.status, note: item.note ?? "" }), ...change };
      if (next.status === item.status && next.note === (item.note ?? "")) {
        const { [key]: _dropped, ...rest } = previous;
        return rest;
      }
      return { ...previous, [key]: next };
    });
  };

  /** Saves an item's draft through core's `assess`; refused drafts stay, with the reason. */
  const commit = (item: WorklistItem, draft: AssessmentDraft | undefined = drafts[keyOf(item)]) => {
    if (draft === undefined) return;
    const key = keyOf(item);
    const { by: _by, at: _at, ...input } = inputOf(item, draft);
    const result = apply(input, "edit");
    setFindings((previous) => ({ ...previous, [key]: result.diagnostics }));
    if (!result.ok) {
      setAnnouncement({ kind: "refused", name: label(item) });
      return;
    }
    setDrafts((previous) => {
      const { [key]: _dropped, ...rest } = previous;
      return rest;
    });
    if (result.event !== null) {
      const event = result.event;
      setUndoStack((previous) => [...previous, { input, event }]);
      setRedoStack([]);
      setAnnouncement({ kind: "saved", name: label(item) });
    }
  };

  /** The reading guide's findings for an item: live for a draft, else what its last save said. */
  const findingsOf = (item: WorklistItem): Diagnostic[] => {
    const draft = drafts[keyOf(item)];
    if (draft !== undefined) return validateAssessment(document, inputOf(item, draft));
    return findings[keyOf(item)] ?? [];
  };

  const undo = () => {
    const last = undoStack.at(-1);
    if (last === undefined) return;
    const back = undoAssessment(last.event);
    const result = apply(back, "undo");
    const key = assessmentKey(last.event.initiativeId, last.event.target);
    setFindings((previous) => ({ ...previous, [key]: result.diagnostics }));
    setUndoStack((previous) => previous.slice(0, -1));
    if (!result.ok) {
      // The guide refuses the way back as it stands (red → green needs a new note): it becomes a
      // draft in its row, with the reason, for the user to complete.
      setDrafts((previous) => ({ ...previous, [key]: { status: back.status, note: back.note ?? "" } }));
      setAnnouncement({ kind: "refused", name: last.event.initiativeId });
      return;
    }
    setRedoStack((previous) => [...previous, last]);
    setAnnouncement({ kind: "undone", name: last.event.initiativeId });
  };
  const redo = () => {
    const last = redoStack.at(-1);
    if (last === undefined) return;
    const result = apply(last.input, "redo");
    if (!result.ok || result.event === null) return;
    const event = result.event;
    setRedoStack((previous) => previous.slice(0, -1));
    setUndoStack((previous) => [...previous, { input: last.input, event }]);
  };

  return {
    ...table,
    /** The milestone table's model: its filters choose the initiatives. */
    milestoneTable: table,
    /** The centre and committee filters as one object for `FilterSelects` (no kind filter here). */
    attributeFilters,
    round,
    /** What there is to assess after the filters, in document order. */
    items,
    total: worklist.length,
    show,
    setShow,
    drafts,
    draftOf,
    isDraft: (item: WorklistItem) => drafts[keyOf(item)] !== undefined,
    setStatus: (item: WorklistItem, status: Status) => update(item, { status }),
    setNote: (item: WorklistItem, note: string) => update(item, { note }),
    commit,
    findingsOf,
    keyOf,
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
    undo,
    redo,
    /** The last save, refusal or undo, for a live region. */
    announcement,
  };
}

/** The last save, refusal or undo, for a live region. */
export interface AssessmentAnnouncement {
  kind: "saved" | "refused" | "undone";
  name: string;
}

export type AssessmentTableModel = ReturnType<typeof useAssessmentTable>;
