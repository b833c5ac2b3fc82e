import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { AnnualWheel } from "../annualWheel";
import { Report } from "./Report";

const meta = {
  title: "Papirer/Report",
  component: Report,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Udvalgspapiret på skærm og tryk: forside med dato, kontakt og sagsid, læsevejledning, sammenfatning med figur og tabel, og en tabel pr. indsats, der aldrig deles over to sider. Brug den som udskriftsvisning (`window.print()`); siden, den løbende titel og sidetallet kommer fra dens CSS. Samme indhold som Word-eksporten (`exportDocx`) og HTML-rapporten (`renderReportHtml`).",
      },
    },
  },
} satisfies Meta<typeof Report>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FollowUp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 1, name: "Tredje opfølgning på Aftale om budget 2017" }),
    ).toBeVisible();
    await expect(canvas.getByRole("table", { name: "Status for milepæle pr. opfølgning" })).toBeVisible();
  },
};

/**
 * The paper at A4's printable width (190 mm). Print the story's canvas (Ctrl+P, or DevTools ›
 * Rendering › CSS media type "print") to see the print rules: no initiative, table row, paragraph
 * or chart split over two pages, no heading left at a page's foot, each table's header row
 * repeated on every page it runs onto, the running title and "Side n af m" in the margins.
 */
export const PrintedOnA4: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: "190mm" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    // What print repeats and keeps together: header rows in a <thead>, an initiative in a <section>.
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);
    const sections = canvasElement.querySelectorAll("section.mp-Report-initiative");
    await expect(sections).toHaveLength(initiatives.length);
    for (const section of sections) await expect(section.querySelector("table > thead th")).not.toBeNull();
  },
};

export const OnlyAttention: Story = { args: { onlyAttention: true } };

export const ThirdRoundOnly: Story = { args: { rounds: ["2017-3"] } };

export const English: Story = { args: { locale: "en" } };

export const Plan: Story = { args: { document: implementationPlan2017 } };

export const Meetings: Story = { args: { document: meetingsLejre2017 } };

/** A plan with its annual wheel, printed on A3 landscape: the wheel starts on a page of its own. */
export const PlanWithWheelOnA3: Story = {
  args: { document: implementationPlan2017, page: "A3-landscape" },
  render: (args) => (
    <Report {...args}>
      <AnnualWheel document={implementationPlan2017} />
    </Report>
  ),
};
