import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import type { MilepaelDocument } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { useReport } from "./useReport";

/**
 * A host's own view on `useReport`: the paper's title and, per initiative, its heading and how
 * many rows its table has, as a table of contents for an intranet page.
 */
function ReportContents({ document }: { document: MilepaelDocument }) {
  const model = useReport({ document, onlyAttention: true });
  const initiatives = model.groups.filter((group) => group.initiative);
  return (
    <nav aria-labelledby={model.titleId} style={{ fontFamily: "system-ui" }}>
      <h2 id={model.titleId}>{model.title}</h2>
      <p role="status">{initiatives.length} indsatser kræver opmærksomhed</p>
      <ol>
        {initiatives.map((group) => {
          const heading = group.blocks.find((block) => block.kind === "heading");
          const table = group.blocks.find((block) => block.kind === "table");
          const name = heading?.kind === "heading" ? heading.text : "";
          return (
            <li key={name}>
              {name} ({table?.kind === "table" ? table.rows.length : 0} rækker)
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

const meta = {
  title: "Headless/useReport",
  component: ReportContents,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Egen opmærkning på `useReport`: krogen har papiret fra core's `buildReport` for dokumentet og udvalget, siden og dens `@page`-regel, og blokkene grupperet med én gruppe pr. indsats. Her er det en indholdsfortegnelse over de indsatser, der kræver opmærksomhed.",
      },
    },
  },
} satisfies Meta<typeof ReportContents>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Contents: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent(
      "Tredje opfølgning på Aftale om budget 2017",
    );
    await expect(canvas.getAllByRole("listitem").length).toBeGreaterThan(0);
  },
};
