import { meetingsLejre2017 } from "@milepael/core/fixtures";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DecisionLog } from "./DecisionLog";

describe("the decision log's shared header row and filter object", () => {
  it("follows a controlled sorting prop and a host's numeric year filter; shift-click multi-sorts", () => {
    const onSortingChange = vi.fn();
    const { rerender } = render(
      <DecisionLog document={meetingsLejre2017} sorting={[]} onSortingChange={onSortingChange} />,
    );
    const thead = screen.getByRole("table").querySelector("thead") as HTMLElement;
    const buttons = within(thead).getAllByRole("button");
    const first = buttons[0] as HTMLElement;
    const second = buttons[1] as HTMLElement;
    expect(first.closest("th")?.getAttribute("aria-sort")).toBe(null);
    const firstId = first.closest("th")?.getAttribute("data-column") ?? "";
    const secondId = second.closest("th")?.getAttribute("data-column") ?? "";
    rerender(
      <DecisionLog
        document={meetingsLejre2017}
        sorting={[{ id: firstId, desc: true }]}
        onSortingChange={onSortingChange}
        columnFilters={[{ id: "year", value: 2017 }]}
      />,
    );
    expect(first.closest("th")?.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(second, { shiftKey: true });
    expect(onSortingChange).toHaveBeenLastCalledWith([
      { id: firstId, desc: true },
      expect.objectContaining({ id: secondId }),
    ]);
    const selects = screen.getAllByRole("combobox") as HTMLSelectElement[];
    expect(selects.some((select) => select.value === "2017")).toBe(true);
  });
});
