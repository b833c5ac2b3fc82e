import { act, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useElementWidth } from "./useElementWidth";

function Width() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  return <div ref={ref}>{width === undefined ? "unmeasured" : `${width}px`}</div>;
}

afterEach(() => vi.unstubAllGlobals());

describe("useElementWidth", () => {
  it("is undefined where nothing measures", () => {
    vi.stubGlobal("ResizeObserver", undefined);
    render(<Width />);
    expect(screen.getByText("unmeasured")).toBeDefined();
  });

  it("follows what the ResizeObserver reports and stops observing on unmount", () => {
    let report: ResizeObserverCallback = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(callback: ResizeObserverCallback) {
          report = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const { unmount } = render(<Width />);
    act(() => report([{ contentRect: { width: 480 } } as ResizeObserverEntry], {} as ResizeObserver));
    expect(screen.getByText("480px")).toBeDefined();
    unmount();
    expect(disconnect).toHaveBeenCalled();
  });
});
