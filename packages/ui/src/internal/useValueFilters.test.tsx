import type { ColumnFiltersState } from "@tanstack/react-table";
import { act, renderHook } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useValueFilters } from "./useValueFilters";

const columns = ["committee", "year"] as const;
const options = { committee: ["Børne- og Skoleudvalget"], year: ["2017", "2018"] };

function useFixture() {
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([{ id: "year", value: 2017 }]);
  const [search, setSearch] = useState("");
  return { filters: useValueFilters(columns, options, columnFilters, setColumnFilters), search, setSearch };
}

describe("useValueFilters", () => {
  it("reads a column's filter as text, and sets and clears it without touching the others", () => {
    const { result } = renderHook(useFixture);
    expect(result.current.filters.value("year")).toBe("2017");
    expect(result.current.filters.value("committee")).toBe("");
    act(() => result.current.filters.onChange("committee", "Børne- og Skoleudvalget"));
    act(() => result.current.filters.onChange("year", ""));
    expect(result.current.filters.value("committee")).toBe("Børne- og Skoleudvalget");
    expect(result.current.filters.value("year")).toBe("");
  });

  it("stays the same object while other state changes, so a memoised toolbar is not drawn again", () => {
    const { result } = renderHook(useFixture);
    const before = result.current.filters;
    act(() => result.current.setSearch("skole"));
    expect(result.current.filters).toBe(before);
    act(() => result.current.filters.onChange("year", "2018"));
    expect(result.current.filters).not.toBe(before);
    expect(result.current.filters.onChange).toBe(before.onChange);
  });
});
