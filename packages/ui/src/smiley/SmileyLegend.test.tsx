import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SmileyLegend } from "./SmileyLegend";
import { StatusBadge } from "./StatusBadge";

describe("SmileyLegend", () => {
  it("explains the milestone scale's three levels and not assessed, in the document's words", () => {
    render(<SmileyLegend />);
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual([
      "Grøn",
      "Gul",
      "Rød",
      "Ikke vurderet",
    ]);
    expect(screen.getByText("Milepæl er opfyldt")).toBeTruthy();
  });

  it("leaves yellow out of the economy scale, which has two levels", () => {
    render(<SmileyLegend scale="economy" locale="en" includeNotAssessed={false} />);
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual(["Green", "Red"]);
  });
});

describe("StatusBadge", () => {
  it("names a cancelled initiative in words beside its status", () => {
    render(<StatusBadge status="red" lifecycle="cancelled" locale="en" />);
    expect(screen.getByText("Red")).toBeTruthy();
    expect(screen.getByText("Cancelled")).toBeTruthy();
  });

  it("adds nothing for an active initiative", () => {
    const { container } = render(<StatusBadge status="green" lifecycle="active" />);
    expect(container.querySelector(".mp-StatusBadge-lifecycle")).toBeNull();
  });
});
