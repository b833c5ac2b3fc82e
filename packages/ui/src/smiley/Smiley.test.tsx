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
    expect(container.querySelector(".mp-Smiley-mark")?.getAttribute("aria-hidden")).toBe("true");
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

  it("names a different face for each level, so the shape carries the status", () => {
    const faces = (["green", "yellow", "red", "not-assessed"] as const).map((status) => {
      const { container, unmount } = render(<Smiley status={status} />);
      const face = container.querySelector(".mp-Smiley")?.getAttribute("data-face");
      unmount();
      return face;
    });
    expect(faces).toEqual(["happy", "neutral", "sad", "none"]);
  });

  it("is one element on its own and two beside its words, so a table of smileys stays light", () => {
    const alone = render(<Smiley status="green" />);
    expect(alone.container.querySelectorAll("*")).toHaveLength(1);
    alone.unmount();
    const named = render(<Smiley status="green" label="name" />);
    expect(named.container.querySelectorAll("*")).toHaveLength(3);
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
