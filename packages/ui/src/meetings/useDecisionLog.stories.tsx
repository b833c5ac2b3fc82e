import { meetingsLejre2017 } from "@milepael/core/fixtures";
import type { MeetingsDocument } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { OutcomeBadge } from "./OutcomeBadge";
import { useDecisionLog } from "./useDecisionLog";

/**
 * A host's own view on `useDecisionLog`: decisions as a list of quotes with their outcome, the
 * hook's search, outcome filter and counts. No table markup.
 */
function DecisionQuotes({ document }: { document: MeetingsDocument }) {
  const log = useDecisionLog(document);
  return (
    <section aria-label={document.metadata.title} style={{ fontFamily: "system-ui" }}>
      <p>
        <label>
          Søg{" "}
          <input
            type="search"
            value={log.globalFilter}
            onChange={(e) => log.setGlobalFilter(e.target.value)}
          />
        </label>{" "}
        <button
          type="button"
          onClick={() =>
            log.setFilter("outcome", log.filterValue("outcome") === "approved" ? "" : "approved")
          }
        >
          {log.filterValue("outcome") === "approved" ? "Vis alle" : "Kun godkendte"}
        </button>
      </p>
      <p role="status">
        {log.shown} af {log.data.length}
      </p>
      <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: 8 }}>
        {log.rows.map((row) => (
          <li key={row.id} style={{ border: "1px solid #6c757d", padding: 8 }}>
            <strong>
              {row.original.committee}, {row.original.date}: {row.original.title}
            </strong>
            <blockquote style={{ margin: "4px 0" }}>{row.original.decision ?? "–"}</blockquote>
            <OutcomeBadge outcome={row.original.outcome} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const meta = {
  title: "Headless/useDecisionLog",
  component: DecisionQuotes,
  tags: ["autodocs"],
  args: { document: meetingsLejre2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Egen opmærkning på `useDecisionLog`: krogen har punkterne (filtreret og sorteret), søgning, filtre på udvalg, udfald og år, antal og åbne beslutninger, alt styret eller ej. Her er beslutningerne citater med deres udfald.",
      },
    },
  },
} satisfies Meta<typeof DecisionQuotes>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Quotes: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(5);
    await userEvent.click(canvas.getByRole("button", { name: "Kun godkendte" }));
    await expect(canvas.getByRole("status")).toHaveTextContent("3 af 5");
    await expect(canvas.getByText("Gert Fabrin blev valgt som næstformand.")).toBeVisible();
  },
};
