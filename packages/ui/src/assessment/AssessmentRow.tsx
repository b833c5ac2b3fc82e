import type { BudgetFollowUp, Diagnostic } from "@milepael/core";
import { assessmentMessage, type Locale, type Status, type WorklistItem } from "@milepael/core/lite";
import type { FocusEvent, KeyboardEvent } from "react";
import { Smiley } from "../smiley/Smiley";
import type { AssessmentTexts } from "./texts";
import type { AssessmentTableModel } from "./useAssessmentTable";

/** The order of the smileys, and the digit that picks each. */
const choices: readonly Status[] = ["green", "yellow", "red", "not-assessed"];

interface AssessmentRowProps {
  id: string;
  item: WorklistItem;
  model: AssessmentTableModel;
  document: BudgetFollowUp;
  locale: Locale;
  text: AssessmentTexts;
}

/** One milestone or economy line: its smiley to pick, its note and the reading guide's findings. */
export function AssessmentRow({ id, item, model, document, locale, text }: AssessmentRowProps) {
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
    // Enter saves, as in the note field; it would otherwise submit a form around the widget.
    if (event.key === "Enter") {
      event.preventDefault();
      model.commit(item);
      return;
    }
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
      <strong>{levelWords[locale][finding.level]}:</strong> {assessmentMessage(finding, locale)}
    </span>
  );
}
