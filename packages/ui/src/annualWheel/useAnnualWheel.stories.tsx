import { implementationPlan2017, introductionProgramme2018 } from "@milepael/core/fixtures";
import type { PlanDocument } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { useAnnualWheel } from "./useAnnualWheel";

/**
 * A host's own year view on `useAnnualWheel`: the months as a list with the activities that start
 * in each, the hook's year, keyboard order and selection. No SVG at all.
 */
function YearList({ document, startMonth }: { document: PlanDocument; startMonth?: number }) {
  const wheel = useAnnualWheel(document, { startMonth, today: null });
  const monthOf = (angle: number) =>
    wheel.months.findIndex((month) => angle >= month.start && angle < month.end);
  return (
    <section
      ref={wheel.rootRef}
      aria-label={`${document.metadata.title} ${wheel.year}`}
      style={{ fontFamily: "system-ui" }}
    >
      <p>
        <button type="button" onClick={() => wheel.setYear(wheel.year - 1)}>
          Forrige år
        </button>{" "}
        <strong>{wheel.year}</strong>{" "}
        <button type="button" onClick={() => wheel.setYear(wheel.year + 1)}>
          Næste år
        </button>
      </p>
      <ol style={{ columns: 2 }}>
        {wheel.months.map((month, index) => (
          <li key={month.name}>
            {month.name}
            <ul>
              {wheel.arcs
                .filter((arc) => monthOf(arc.start) === index)
                .map((arc) => (
                  <li key={arc.item.id}>
                    <button
                      type="button"
                      data-item-id={arc.item.id}
                      aria-pressed={wheel.selectedId === arc.item.id}
                      {...wheel.arcProps(arc.item.id)}
                    >
                      {arc.item.name}
                    </button>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      {wheel.selected && <p role="status">{wheel.selected.title}</p>}
    </section>
  );
}

const meta = {
  title: "Headless/useAnnualWheel",
  component: YearList,
  tags: ["autodocs"],
  args: { document: implementationPlan2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Egen opmærkning på `useAnnualWheel`: krogen giver året (styret eller ej), månederne, ringene og aktiviteterne som vinkler, valget og tastaturets rækkefølge gennem året. Her er hjulet en liste over måneder; `wheelGeometry` tegner det runde hjul.",
      },
    },
  },
} satisfies Meta<typeof YearList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MonthsAsAList: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("2017")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Næste år" }));
    await expect(canvas.getByText("2018")).toBeVisible();
  },
};

export const FromAugust: Story = { args: { document: introductionProgramme2018, startMonth: 8 } };
