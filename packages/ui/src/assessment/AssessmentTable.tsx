import { type BudgetFollowUp, type Diagnostic, diagnosticMessage } from "@milepael/core";
import type { Locale, Status, WorklistItem } from "@milepael/core/lite";
import { type FocusEvent, type KeyboardEvent, useId } from "react";
import { classNames } from "../internal/classNames";
import { SelectField } from "../internal/SelectField";
import { Smiley } from "../smiley/Smiley";
import { type AssessmentTexts, assessmentTexts } from "./texts";
import {
  type AssessmentShow,
  type AssessmentTableModel,
  type UseAssessmentTableOptions,
  useAssessmentTable,
} from "./useAssessmentTable";

export interface AssessmentTableProps extends UseAssessmentTableOptions {
  /** The follow-up with a round open for assessment (`startRound`). */
  document: BudgetFollowUp;
  className?: string;
}

/** The order of the smileys, and the digit that picks each. */
const choices: readonly Status[] = ["green", "yellow", "red", "not-assessed"];

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
      <div className={classNames("mp-AssessmentTable", className)}>
        <p role="status">{text.noOpenRound}</p>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Z and Ctrl+Shift+Z from any field of the widget.
    <div className={classNames("mp-AssessmentTable", className)} onKeyDown={onKeyDown}>
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

function AssessmentToolbar({ model, text }: { model: AssessmentTableModel; text: AssessmentTexts }) {
  const everyone = { value: "", label: text.everyone };
  return (
    <div className="mp-AssessmentTable-toolbar">
      <SelectField
        label={text.centre}
        value={model.attributeValue("centre")}
        onChange={(value) => model.setAttribute("centre", value)}
        options={[everyone, ...model.attributeOptions.centre.map((value) => ({ value, label: value }))]}
      />
      <SelectField
        label={text.committee}
        value={model.attributeValue("committee")}
        onChange={(value) => model.setAttribute("committee", value)}
        options={[everyone, ...model.attributeOptions.committee.map((value) => ({ value, label: value }))]}
      />
      <SelectField
        label={text.show}
        value={model.show}
        onChange={(value) => model.setShow(value as AssessmentShow)}
        options={[
          { value: "all", label: text.showAll },
          { value: "not-assessed", label: text.showNotAssessed },
          { value: "needs-note", label: text.showNeedsNote },
        ]}
      />
      <div className="mp-AssessmentTable-history">
        <button type="button" className="mp-Button" onClick={model.undo} disabled={!model.canUndo}>
          {text.undo}
        </button>
        <button type="button" className="mp-Button" onClick={model.redo} disabled={!model.canRedo}>
          {text.redo}
        </button>
      </div>
    </div>
  );
}

interface AssessmentRowProps {
  id: string;
  item: WorklistItem;
  model: AssessmentTableModel;
  document: BudgetFollowUp;
  locale: Locale;
  text: AssessmentTexts;
}

function AssessmentRow({ id, item, model, document, locale, text }: AssessmentRowProps) {
  const draft = model.draftOf(item);
  const findings = model.findingsOf(item);
  const messageId = `${id}-message`;
  const scale = item.target === "economy" ? "economy" : "milestone";
  const name = item.target === "economy" ? `${item.name}, ${text.economy}` : `${item.name}: ${item.text}`;
  const due =
    item.target === "economy"
      ? (model.round?.label ?? "")
      : (document.rounds.find(
          (round) =>
            round.id ===
            document.sections
              .flatMap((section) => section.initiatives)
              .find((initiative) => initiative.id === item.initiativeId)?.milestones[item.target as number]
              ?.round,
        )?.label ?? "");
  const worst = findings.some((finding) => finding.level === "error")
    ? "error"
    : findings.some((finding) => finding.level === "warning")
      ? "warning"
      : undefined;
  // Leaving the row saves it; moving between its smileys and note does not.
  const onBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) model.commit(item);
  };
  const pick = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const index = Number(event.key) - 1;
    const status = choices[index];
    if (status === undefined) return;
    event.preventDefault();
    model.setStatus(item, status);
    const radio = event.currentTarget.querySelector<HTMLInputElement>(`input[value="${status}"]`);
    radio?.focus();
  };
  return (
    <tr
      className="mp-AssessmentTable-row"
      data-draft={model.isDraft(item) ? "" : undefined}
      data-finding={worst}
      data-target={item.target === "economy" ? "economy" : "milestone"}
      onBlur={onBlur}
    >
      <th scope="row" className="mp-AssessmentTable-initiative">
        {item.name}
      </th>
      <td>{item.target === "economy" ? text.economy : item.text}</td>
      <td>{due}</td>
      <td>
        <fieldset
          className="mp-AssessmentTable-picker"
          aria-describedby={findings.length > 0 ? messageId : undefined}
          onKeyDown={pick}
        >
          <legend className="mp-visually-hidden">{text.statusFor(name)}</legend>
          {choices.map((status) => (
            <label key={status} className="mp-AssessmentTable-choice" data-status={status}>
              <input
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={draft.status === status}
                onChange={() => model.setStatus(item, status)}
                aria-describedby={findings.length > 0 ? messageId : undefined}
              />
              <span aria-hidden="true">
                <Smiley status={status} scale={scale} size="sm" locale={locale} />
              </span>
              <span className="mp-visually-hidden">{text.statusNames[status]}</span>
            </label>
          ))}
        </fieldset>
      </td>
      <td>
        <input
          type="text"
          className="mp-AssessmentTable-note"
          aria-label={text.noteFor(name)}
          aria-describedby={findings.length > 0 ? messageId : undefined}
          aria-invalid={worst === "error" ? true : undefined}
          value={draft.note}
          onChange={(event) => model.setNote(item, event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              model.commit(item);
            }
          }}
        />
        {model.isDraft(item) && <span className="mp-AssessmentTable-draft">{text.draft}</span>}
      </td>
      <td id={messageId} className="mp-AssessmentTable-messages">
        {findings.map((finding) => (
          <FindingLine key={`${finding.code}-${finding.level}`} finding={finding} locale={locale} />
        ))}
        {findings.length === 0 && item.needsNote && !model.isDraft(item) && (
          <span className="mp-AssessmentTable-finding" data-level="warning">
            <span aria-hidden="true">⚠ </span>
            {text.needsNote}
          </span>
        )}
      </td>
    </tr>
  );
}

const levelWords = {
  da: { error: "Afvist", warning: "Advarsel", info: "Bemærk" },
  en: { error: "Refused", warning: "Warning", info: "Note" },
} as const;

function FindingLine({ finding, locale }: { finding: Diagnostic; locale: Locale }) {
  return (
    <span className="mp-AssessmentTable-finding" data-level={finding.level} data-code={finding.code}>
      <span aria-hidden="true">
        {finding.level === "error" ? "⛔ " : finding.level === "warning" ? "⚠ " : "ℹ "}
      </span>
      <strong>{levelWords[locale][finding.level]}:</strong> {diagnosticMessage(finding, locale)}
    </span>
  );
}
