import { communicationPlan2017 } from "@milepael/core/fixtures";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ActivityDetails } from "./ActivityDetails";
import { ActivityTable } from "./ActivityTable";

const activity = communicationPlan2017.activities.find(
  (candidate) => candidate.participants && candidate.date.text,
);
if (activity === undefined) throw new Error("The seed has an activity with participants and a date");

describe("ActivityDetails", () => {
  it("marks the document's Danish words lang=da on an English page, the date in words left English", () => {
    const { container } = render(<ActivityDetails activity={activity} when="early March 2017" locale="en" />);
    expect(screen.getByRole("heading", { level: 4 }).getAttribute("lang")).toBe("da");
    const participants = screen.getByText(activity.participants ?? "");
    expect(participants.closest("[lang]")?.getAttribute("lang")).toBe("da");
    const source = screen.getByText(`(${activity.date.text})`);
    expect(source.getAttribute("lang")).toBe("da");
    expect(source.parentElement?.textContent).toBe(`early March 2017 (${activity.date.text})`);
    expect(source.parentElement?.getAttribute("lang")).toBeNull();
    expect(container.querySelector("[lang=en]")).toBeNull();
  });

  it("adds no lang of its own on a Danish page", () => {
    const { container } = render(<ActivityDetails activity={activity} when="primo marts 2017" locale="da" />);
    expect(container.querySelector("[lang]")).toBeNull();
  });
});

describe("ActivityTable", () => {
  it("marks the activities' Danish names lang=da on an English page", async () => {
    const items = [
      {
        id: activity.id,
        activity,
        title: activity.title,
        name: activity.title,
        when: "March 2017",
        lane: "",
        ongoing: false,
      },
    ];
    const { container } = render(
      <ActivityTable caption="Activities" items={items} laneBy="none" locale="en" />,
    );
    container.querySelector("details")?.setAttribute("open", "");
    container.querySelector("details")?.dispatchEvent(new Event("toggle"));
    const name = await screen.findByRole("rowheader");
    expect(name.getAttribute("lang")).toBe("da");
  });
});
