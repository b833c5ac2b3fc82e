import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import type { BudgetFollowUp } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { Smiley } from "../smiley/Smiley";
import { useMilestoneTable } from "./useMilestoneTable";

/**
 * A host's own view on `useMilestoneTable`: initiatives as cards with the smiley of the round the
 * status filter looks at, the hook's search, status filter and counts. No table markup.
 */
function InitiativeCards({ document }: { document: BudgetFollowUp }) {
  const model = useMilestoneTable(document, { defaultGrouping: [] });
  const round = model.round ?? "";
  return (
    <section aria-label={document.metadata.title} style={{ fontFamily: "system-ui" }}>
      <p>
        <label>
          Søg{" "}
          <input
            type="search"
            value={model.globalFilter}
            onChange={(e) => model.setGlobalFilter(e.target.value)}
          />
        </label>{" "}
        <button
          type="button"
          onClick={() => model.setRoundFilter(round, model.roundStatus ? undefined : "red")}
        >
          {model.roundStatus ? "Vis alle" : "Kun røde"}
        </button>
      </p>
      <p role="status">
        {model.shown} af {model.data.length}
      </p>
      <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: 8 }}>
        {model.items
          .filter((item) => item.kind === "initiative")
          .map(({ row }) => (
            <li key={row.id} style={{ border: "1px solid #6c757d", padding: 8 }}>
              <Smiley status={row.original.statuses[round] ?? "not-assessed"} size="sm" />{" "}
              {row.original.initiative.number} {row.original.initiative.title}
            </li>
          ))}
      </ul>
    </section>
  );
}

const meta = {
  title: "Headless/useMilestoneTable",
  component: InitiativeCards,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Egen opmærkning på `useMilestoneTable`: krogen har rækkerne (filtreret, grupperet, sorteret), søgning, filtre, antal og åbne detaljer, alt styret eller ej. Overskrifterne er visningens (`milestoneColumnLabel`). Her er indsatserne kort med opfølgningens smiley.",
      },
    },
  },
} satisfies Meta<typeof InitiativeCards>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Cards: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const all = canvas.getAllByRole("listitem").length;
    await userEvent.click(canvas.getByRole("button", { name: "Kun røde" }));
    await expect(canvas.getAllByRole("listitem").length).toBeLessThan(all);
    await expect(canvas.getByRole("status")).toHaveTextContent(`af ${all}`);
  },
};
