import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useVirtualRows } from "./useVirtualRows";

describe("useVirtualRows", () => {
  it("draws every row, without spacers, up to the threshold", () => {
    const { result } = renderHook(() => useVirtualRows({ count: 3, threshold: 5, estimateSize: 36 }));
    expect(result.current.virtualized).toBe(false);
    expect(result.current.indices).toEqual([0, 1, 2]);
    expect([result.current.paddingTop, result.current.paddingBottom]).toEqual([0, 0]);
    expect(result.current.measureElement).toBeUndefined();
  });

  it("virtualises above the threshold and keeps the full height in its spacers", () => {
    const { result } = renderHook(() => useVirtualRows({ count: 1000, threshold: 5, estimateSize: 36 }));
    expect(result.current.virtualized).toBe(true);
    expect(result.current.indices.length).toBeLessThan(1000);
    expect(result.current.paddingTop + result.current.paddingBottom).toBeGreaterThan(0);
    expect(result.current.measureElement).toBeTypeOf("function");
  });
});
