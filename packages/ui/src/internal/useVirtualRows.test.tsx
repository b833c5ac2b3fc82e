import { act, renderHook } from "@testing-library/react";
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

  it("renders on a scroll only when the rows drawn no longer cover the view, then draws ahead of it", () => {
    const scroller = document.createElement("div");
    Object.defineProperty(scroller, "clientHeight", { value: 400 });
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      const rows = useVirtualRows({ count: 1000, threshold: 5, estimateSize: 40, overscan: 2, ahead: 800 });
      rows.scrollRef.current = scroller;
      return rows;
    });
    const scrollTo = (top: number) =>
      act(() => {
        scroller.scrollTop = top;
        scroller.dispatchEvent(new Event("scroll"));
      });
    const before = renders;
    expect(result.current.indices.at(-1)).toBe(12);
    scrollTo(40);
    expect(renders).toBe(before + 1);
    expect(result.current.indices.at(-1)).toBe(33);
    scrollTo(200);
    expect(renders).toBe(before + 1);
    scrollTo(1000);
    expect(renders).toBe(before + 2);
    expect([result.current.indices[0], result.current.indices.at(-1)]).toEqual([23, 57]);
    scrollTo(1500);
    expect(renders).toBe(before + 2);
  });
});
