import type { Status } from "@milepael/core/lite";

/** A status and note being written, not yet accepted by the reading guide. */
export interface AssessmentDraft {
  status: Status;
  note: string;
}

/**
 * The unsaved drafts kept under a `localStorage` key; nothing (never an error) when there are none,
 * the storage is blocked or what it holds is not drafts.
 *
 * @example
 * const drafts = readDrafts("assessment-2017-4"); // { "5.03:economy": { status: "red", note: "…" } }
 */
export function readDrafts(key: string | undefined): Record<string, AssessmentDraft> {
  if (key === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return {};
    const drafts: Record<string, AssessmentDraft> = {};
    for (const [id, value] of Object.entries(parsed)) {
      const draft = value as Partial<AssessmentDraft> | null;
      if (typeof draft?.status === "string" && typeof draft.note === "string")
        drafts[id] = { status: draft.status as Status, note: draft.note };
    }
    return drafts;
  } catch {
    return {};
  }
}

/**
 * Keeps the drafts under a `localStorage` key (removed when there are none), so a reload loses
 * nothing; blocked or full storage keeps them in memory only.
 *
 * @example
 * writeDrafts("assessment-2017-4", drafts);
 */
export function writeDrafts(key: string | undefined, drafts: Record<string, AssessmentDraft>): void {
  if (key === undefined) return;
  try {
    if (Object.keys(drafts).length === 0) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(drafts));
  } catch {
    // Storage blocked or full: the drafts stay in memory for this visit.
  }
}
