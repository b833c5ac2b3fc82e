import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { FilterSelects } from "./SelectField";

describe("FilterSelects", () => {
  it("gives each column a select with 'all' first, then its values as they read", () => {
    render(
      <FilterSelects
        filters={{
          columns: ["outcome", "year"],
          options: { outcome: ["approved"], year: ["2024", "2025"] },
          value: (column) => (column === "year" ? "2025" : ""),
          onChange: () => {},
        }}
        labels={{ outcome: "Udfald", year: "År" }}
        all="Alle"
        optionLabel={(column, value) => (column === "outcome" ? "Godkendt" : value)}
      />,
    );
    const outcome = screen.getByRole("combobox", { name: "Udfald" });
    const year = screen.getByRole("combobox", { name: "År" });
    expect([...outcome.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "Alle",
      "Godkendt",
    ]);
    expect([...year.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "Alle",
      "2024",
      "2025",
    ]);
    expect((year as HTMLSelectElement).value).toBe("2025");
  });

  it("sets the chosen column's filter, and clears it with 'all'", () => {
    const onChange = vi.fn();
    render(
      <FilterSelects
        filters={{
          columns: ["centre"],
          options: { centre: ["Skole", "Dagtilbud"] },
          value: () => "Skole",
          onChange,
        }}
        labels={{ centre: "Center" }}
        all="Alle"
      />,
    );
    const centre = screen.getByRole("combobox", { name: "Center" });
    fireEvent.change(centre, { target: { value: "Dagtilbud" } });
    fireEvent.change(centre, { target: { value: "" } });
    expect(onChange.mock.calls).toEqual([
      ["centre", "Dagtilbud"],
      ["centre", ""],
    ]);
  });
});
