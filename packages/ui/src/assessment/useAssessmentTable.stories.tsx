import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { type BudgetFollowUp, startRound } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import { useAssessmentTable } from "./useAssessmentTable";

const round4 = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
).document;

/**
 * A host's own view on `useAssessmentTable`: each economy line as a card with two buttons (the
 * host's guide has no yellow to offer), saved at once through the hook, with the hook's counts.
 */
function EconomyCards({ document: initial }: { document: BudgetFollowUp }) {
  const [document, setDocument] = useState(initial);
  const model = useAssessmentTable(document, {
    by: "Anne Centerchef",
    onChange: (change) => setDocument(change.document),
  });
  const economy = model.items.filter((item) => item.target === "economy");
  return (
    <section aria-label="Økonomi" style={{ fontFamily: "system-ui" }}>
      <p role="status">
        {economy.filter((item) => item.assessed).length} af {economy.length} vurderet
      </p>
      <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: 8 }}>
        {economy.map((item) => (
          <li key={model.keyOf(item)} style={{ border: "1px solid #6c757d", padding: 8 }}>
            {item.name}: {item.assessed ? item.status : "ikke vurderet"}{" "}
            {(["green", "red"] as const).map((status) => (
              <button
                key={status}
                type="button"
                onClick={() => model.commit(item, { status, note: status === "red" ? "Merforbrug" : "" })}
              >
                {status === "green" ? "Grøn" : "Rød"} for {item.name}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

const meta = {
  title: "Headless/useAssessmentTable",
  component: EconomyCards,
  tags: ["autodocs"],
  args: { document: round4 },
  parameters: {
    docs: {
      description: {
        component:
          "Egen opmærkning på `useAssessmentTable`: krogen har opfølgningens arbejdsliste (fra core's `roundWorklist`) efter milepælstabellens filtre, kladder, læsevejledningens fund (`findingsOf`), gemning gennem core's `assess` (`commit`), fortryd og gentag. Her er økonomilinjerne kort med to knapper.",
      },
    },
  },
} satisfies Meta<typeof EconomyCards>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Cards: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent(/^0 af/);
    await userEvent.click(canvas.getAllByRole("button", { name: /^Rød for/ })[0] as HTMLElement);
    await expect(canvas.getByRole("status")).toHaveTextContent(/^1 af/);
  },
};
