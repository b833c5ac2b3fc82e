import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LocaleProvider } from "../locale";
import { Smiley } from "./Smiley";

describe("Smiley", () => {
  it("names its status and meaning for screen readers when no text is shown", () => {
    render(<Smiley status="green" />);
    expect(screen.getByRole("img", { name: "Grøn: Milepæl er opfyldt" })).toBeTruthy();
  });

  it("shows the words beside the face and hides the face from screen readers", () => {
    const { container } = render(<Smiley status="red" label="name" />);
    expect(screen.getByText("Rød")).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("speaks English inside an English locale provider", () => {
    render(
      <LocaleProvider locale="en">
        <Smiley status="yellow" label="meaning" />
      </LocaleProvider>,
    );
    expect(
      screen.getByText("Yellow: Milestone not fully met, but the goal for the year is still realistic"),
    ).toBeTruthy();
  });

  it("lets its own locale prop win over the provider", () => {
    render(
      <LocaleProvider locale="en">
        <Smiley status="green" locale="da" />
      </LocaleProvider>,
    );
    expect(screen.getByRole("img", { name: /^Grøn/ })).toBeTruthy();
  });

  it("draws a different mouth for each level, so the shape carries the status", () => {
    const mouths = (["green", "yellow", "red"] as const).map((status) => {
      const { container, unmount } = render(<Smiley status={status} />);
      const d = container.querySelector("path.mp-Smiley-feature")?.getAttribute("d");
      unmount();
      return d;
    });
    expect(new Set(mouths).size).toBe(3);
    expect(mouths.every(Boolean)).toBe(true);
  });

  it("puts state in data attributes and flags a level the scale does not define", () => {
    const { container } = render(<Smiley status="yellow" scale="economy" className="host-class" />);
    const root = container.querySelector(".mp-Smiley");
    expect(root?.getAttribute("data-status")).toBe("yellow");
    expect(root?.getAttribute("data-scale")).toBe("economy");
    expect(root?.hasAttribute("data-undefined-on-scale")).toBe(true);
    expect(root?.classList.contains("host-class")).toBe(true);
  });

  it("uses the economy wording on the economy scale", () => {
    render(<Smiley status="red" scale="economy" />);
    expect(screen.getByRole("img", { name: /^Rød: Budget er ikke overholdt/ })).toBeTruthy();
  });
});
