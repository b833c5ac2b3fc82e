import type { BudgetFollowUp } from "@milepael/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AssessmentTable } from "./AssessmentTable";
import { round4 } from "./round4.testHelpers";

let saved: BudgetFollowUp = round4;

function Host({ draftKey }: { draftKey?: string }) {
  const [document, setDocument] = useState(round4);
  return (
    <AssessmentTable
      document={document}
      by="Anne Centerchef"
      now={() => "2017-12-02T10:00:00Z"}
      alsoRounds={["2017-year-end"]}
      {...(draftKey === undefined ? {} : { draftKey })}
      onChange={(change) => {
        saved = change.document;
        setDocument(change.document);
      }}
    />
  );
}

const rowOf = (initiative: string, target: RegExp) =>
  screen
    .getAllByRole("row")
    .find(
      (row) =>
        within(row).queryByRole("rowheader", { name: new RegExp(initiative) }) !== null &&
        target.test(row.textContent ?? ""),
    ) as HTMLElement;

afterEach(() => localStorage.clear());

describe("AssessmentTable", () => {
  it("refuses yellow on the economy with the reading guide's reason tied to the smileys", () => {
    render(<Host />);
    const row = rowOf("5.03", /Økonomi/);
    const picker = within(row).getByRole("group", { name: /Status for 5.03/ });
    fireEvent.keyDown(picker, { key: "2" });
    const yellow = within(row).getByRole("radio", { name: "Gul" });
    expect((yellow as HTMLInputElement).checked).toBe(true);
    const message = document.getElementById(yellow.getAttribute("aria-describedby") ?? "");
    expect(message?.textContent).toMatch(/Afvist/);
    act(() => fireEvent.blur(yellow));
    expect(saved).toBe(round4);
    expect(rowOf("5.03", /Økonomi/).textContent).toMatch(/Afvist/);
  });

  it("saves red only with a note, and writes who and when into the history", () => {
    render(<Host />);
    const row = rowOf("5.03", /Økonomi/);
    fireEvent.click(within(row).getByRole("radio", { name: "Rød" }));
    expect(row.textContent).toMatch(/note/i);
    const note = within(row).getByRole("textbox", { name: /Statusnote for 5.03/ });
    fireEvent.change(note, { target: { value: "Merforbrug på 2 mio. kr." } });
    fireEvent.keyDown(note, { key: "Enter" });
    const last = saved.history?.at(-1);
    expect(last).toMatchObject({
      type: "assessed",
      initiativeId: "5.03",
      target: "economy",
      to: "red",
      note: "Merforbrug på 2 mio. kr.",
      by: "Anne Centerchef",
      at: "2017-12-02T10:00:00Z",
    });
  });

  it("undoes and redoes a saved change as new history entries", () => {
    render(<Host />);
    const row = rowOf("5.03", /Økonomi/);
    fireEvent.click(within(row).getByRole("radio", { name: "Grøn" }));
    fireEvent.keyDown(within(row).getByRole("textbox"), { key: "Enter" });
    const before = saved.history?.length ?? 0;
    fireEvent.click(screen.getByRole("button", { name: "Fortryd" }));
    expect(saved.history?.length).toBe(before + 1);
    fireEvent.click(screen.getByRole("button", { name: "Gentag" }));
    expect(saved.history?.at(-1)).toMatchObject({ to: "green" });
  });

  it("keeps an unsaved note across a reload", () => {
    const { unmount } = render(<Host draftKey="drafts" />);
    const note = within(rowOf("5.03", /Økonomi/)).getByRole("textbox");
    fireEvent.change(note, { target: { value: "Halvt skrevet" } });
    unmount();
    render(<Host draftKey="drafts" />);
    expect((within(rowOf("5.03", /Økonomi/)).getByRole("textbox") as HTMLInputElement).value).toBe(
      "Halvt skrevet",
    );
  });

  it("lists only a centre's assessments, and only those without a status", () => {
    render(<Host />);
    fireEvent.change(screen.getByRole("combobox", { name: "Center" }), { target: { value: "Ejendomme" } });
    const rows = screen.getAllByRole("rowheader");
    expect(rows.length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole("combobox", { name: "Vis" }), { target: { value: "not-assessed" } });
    expect(screen.getByRole("status").textContent).toMatch(/af/);
  });

  it("turns an undo the guide refuses (red back to green without a note) into a draft with the reason", () => {
    render(<Host />);
    const row = () => rowOf("5.03", /Økonomi/);
    fireEvent.click(within(row()).getByRole("radio", { name: "Grøn" }));
    fireEvent.keyDown(within(row()).getByRole("textbox"), { key: "Enter" });
    fireEvent.click(within(row()).getByRole("radio", { name: "Rød" }));
    fireEvent.change(within(row()).getByRole("textbox"), { target: { value: "Merforbrug" } });
    fireEvent.keyDown(within(row()).getByRole("textbox"), { key: "Enter" });
    const saved = screen.getByRole("button", { name: "Fortryd" });
    fireEvent.click(saved);
    expect((within(row()).getByRole("radio", { name: "Grøn" }) as HTMLInputElement).checked).toBe(true);
    expect(row().textContent).toMatch(/Ikke gemt/);
    expect(row().textContent).toMatch(/Afvist/);
  });
});
