import { fireEvent, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { describe, expect, it } from "vitest";
import { useRovingFocus } from "./useRovingFocus";

const ids = ["a", "b", "c"];

/** A toolbar of three buttons on the hook alone; ArrowUp from the first leads nowhere. */
function Buttons() {
  const list = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus<string>({
    tabbable: ids,
    move: (from, key) => {
      const index = ids.indexOf(from);
      if (key === "ArrowDown") return ids[index + 1] ?? null;
      if (key === "ArrowUp") return ids[index - 1] ?? null;
      if (key === "End") return ids.at(-1);
      return undefined;
    },
    getElement: (id) => list.current?.querySelector<HTMLElement>(`[data-id="${id}"]`),
  });
  return (
    <div ref={list}>
      {ids.map((id) => (
        <button
          key={id}
          type="button"
          data-id={id}
          onClick={() => roving.setActive(id)}
          {...roving.getItemProps(id)}
        >
          {id}
        </button>
      ))}
    </div>
  );
}

describe("useRovingFocus", () => {
  it("gives one tab stop, moves it and the focus with the keys, and leaves other keys alone", () => {
    render(<Buttons />);
    const [a, b, c] = ["a", "b", "c"].map((name) => screen.getByRole("button", { name }));
    expect([a, b, c].map((button) => button?.tabIndex)).toEqual([0, -1, -1]);
    a?.focus();
    fireEvent.keyDown(a as HTMLElement, { key: "ArrowDown" });
    expect(b).toHaveProperty("tabIndex", 0);
    expect(document.activeElement).toBe(b);
    fireEvent.keyDown(b as HTMLElement, { key: "End" });
    expect(document.activeElement).toBe(c);
    expect(fireEvent.keyDown(c as HTMLElement, { key: "ArrowDown" })).toBe(false);
    expect(document.activeElement).toBe(c);
    expect(fireEvent.keyDown(c as HTMLElement, { key: "x" })).toBe(true);
  });

  it("makes a clicked item the tab stop", () => {
    render(<Buttons />);
    fireEvent.click(screen.getByRole("button", { name: "c" }));
    expect(screen.getByRole("button", { name: "c" }).tabIndex).toBe(0);
    expect(screen.getByRole("button", { name: "a" }).tabIndex).toBe(-1);
  });
});
