import type { BudgetFollowUp } from "@milepael/core";
import { type KeyboardEvent, useId } from "react";
import { classNames } from "../internal/classNames";
import { AssessmentRow } from "./AssessmentRow";
import { AssessmentToolbar } from "./AssessmentToolbar";
import { assessmentTexts } from "./texts";
import { type UseAssessmentTableOptions, useAssessmentTable } from "./useAssessmentTable";

export interface AssessmentTableProps extends UseAssessmentTableOptions {
  /** The follow-up with a round open for assessment (`startRound`). */
  document: BudgetFollowUp;
  className?: string;
}

/**
 * The milestone table in edit mode: the open round's milestones and economy lines, each with a
 * smiley to pick by keyboard (arrow keys, 1–4), its note inline and the reading guide's message at
 * once (text and icon, tied to the field with `aria-describedby`). Filters for a centre or
 * committee, "not yet assessed" and "needs a note"; undo and redo; drafts kept across reloads with
 * `draftKey`. Built on `useAssessmentTable`, which rests on `useMilestoneTable`.
 */
export function AssessmentTable({ document, className, ...options }: AssessmentTableProps) {
  const model = useAssessmentTable(document, options);
  const locale = model.locale;
  const text = assessmentTexts(locale);
  const ids = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.key.toLowerCase() !== "z") return;
    if (
      (event.target as HTMLElement).tagName === "INPUT" &&
      (event.target as HTMLInputElement).type === "text"
    )
      return;
    event.preventDefault();
    if (event.shiftKey) model.redo();
    else model.undo();
  };
  if (model.round === null) {
    return (
      <div className={classNames("mp-DataTable-frame mp-AssessmentTable", className)}>
        <p role="status">{text.noOpenRound}</p>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Z and Ctrl+Shift+Z from any field of the widget.
    <div className={classNames("mp-DataTable-frame mp-AssessmentTable", className)} onKeyDown={onKeyDown}>
      <AssessmentToolbar model={model} text={text} />
      <p className="mp-AssessmentTable-count" role="status">
        {text.shown(model.items.length, model.total)}
        {model.announcement && (
          <span className="mp-visually-hidden">
            {" "}
            {model.announcement.kind === "saved"
              ? text.saved(model.announcement.name)
              : model.announcement.kind === "refused"
                ? text.refused(model.announcement.name)
                : text.undone(model.announcement.name)}
          </span>
        )}
      </p>
      <div
        className="mp-AssessmentTable-scroller"
        // Without rows nothing inside takes the focus: the scroller does, so a keyboard can scroll
        // a header wider than a phone (WCAG 2.1.1).
        {...(model.items.length === 0
          ? { tabIndex: 0, role: "region", "aria-label": text.caption(model.round.label) }
          : {})}
      >
        <table className="mp-AssessmentTable-table">
          <caption>
            {text.caption(model.round.label)}
            <span className="mp-visually-hidden"> {text.keys}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.initiative}</th>
              <th scope="col">{text.target}</th>
              <th scope="col">{text.due}</th>
              <th scope="col">{text.status}</th>
              <th scope="col">{text.note}</th>
              <th scope="col">{text.message}</th>
            </tr>
          </thead>
          <tbody>
            {model.items.map((item) => (
              <AssessmentRow
                key={model.keyOf(item)}
                id={`${ids}-${model.keyOf(item)}`}
                item={item}
                model={model}
                document={document}
                locale={locale}
                text={text}
              />
            ))}
            {model.items.length === 0 && (
              <tr>
                <td colSpan={6}>{text.nothingToAssess}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
