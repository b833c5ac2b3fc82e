import { communicationPlan2017, implementationPlan2017 } from "@milepael/core/fixtures";
import type { PlanDocument } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { useTimeline } from "./useTimeline";

/**
 * A host's own timeline on `useTimeline`: plain bars in a list, the hook's zoom and pan, its
 * keyboard tab stop and selection. None of the widget's markup or CSS.
 */
function BarList({ document, today }: { document: PlanDocument; today?: string | null }) {
  const timeline = useTimeline(document, { today, view: "timeline", defaultLaneBy: "none" });
  const shown = timeline.order.filter(timeline.visible);
  return (
    <div ref={timeline.rootRef} style={{ fontFamily: "system-ui", maxWidth: 720 }}>
      <p>
        <button type="button" onClick={() => timeline.zoom(1 / 1.5)}>
          Zoom ind
        </button>{" "}
        <button type="button" onClick={() => timeline.zoom(1.5)}>
          Zoom ud
        </button>{" "}
        <button type="button" onClick={timeline.fitAll}>
          Hele planen
        </button>{" "}
        <span>{timeline.ticks.map((tick) => tick.label).join(" · ")}</span>
      </p>
      <ol aria-label={document.metadata.title} style={{ listStyle: "none", padding: 0 }}>
        {shown.map((item) => (
          <li key={item.id} style={{ position: "relative", height: 28 }}>
            <button
              type="button"
              data-item-id={item.id}
              aria-pressed={timeline.selectedId === item.id}
              {...timeline.itemProps(item.id)}
              onClick={() => timeline.activate(item.id)}
              style={{
                position: "absolute",
                left: timeline.x(Math.max(item.start, timeline.range.start)),
                maxWidth: "60%",
                whiteSpace: "nowrap",
                overflow: "hidden",
                textOverflow: "ellipsis",
                background: timeline.selectedId === item.id ? "#1d3557" : "#e9ecef",
                color: timeline.selectedId === item.id ? "#ffffff" : "#111111",
                border: "1px solid #1d3557",
              }}
            >
              {item.name}
            </button>
          </li>
        ))}
      </ol>
      {timeline.selected && <p role="status">{timeline.selected.when}</p>}
    </div>
  );
}

const meta = {
  title: "Headless/useTimeline",
  component: BarList,
  tags: ["autodocs"],
  args: { document: implementationPlan2017, today: "2017-06-10" },
  parameters: {
    docs: {
      description: {
        component:
          "Egen opmærkning på `useTimeline`: krogen lægger planen ud, holder det synlige udsnit (zoom, panorering, træk og hjul), aksens mærker, valget og ét tabulatorstop, som piletasterne flytter. Her er aktiviteterne blot knapper i en liste, placeret med `timeline.x(dag)`.",
      },
    },
  },
} satisfies Meta<typeof BarList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BarsInAList: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole("button", { pressed: false });
    const first = buttons[0];
    if (!first) throw new Error("no activities");
    first.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("status")).toBeVisible();
  },
};

export const CommunicationPlan: Story = { args: { document: communicationPlan2017, today: null } };
