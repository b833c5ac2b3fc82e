import {
  communicationPlan2017,
  generatePlan,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { AnnualWheel } from "./AnnualWheel";

const meta = {
  title: "Planer/AnnualWheel",
  component: AnnualWheel,
  tags: ["autodocs"],
  args: { document: implementationPlan2017, today: "2017-05-10" },
  parameters: {
    docs: {
      description: {
        component:
          "Årshjulet viser året som en cirkel: månederne som felter (startmåneden kan vælges, fx august for et skoleår), én ring pr. spor og aktiviteterne som buer over deres periode, mindst et par grader for enkeltdage. Viseren viser i dag, de små streger ugerne. Piletasterne går gennem aktiviteterne i årets rækkefølge; Enter viser detaljerne. Tabellen under hjulet har de samme aktiviteter. Hjulet kan hentes som SVG og PNG til mødemapper og intranet.",
      },
    },
  },
} satisfies Meta<typeof AnnualWheel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ImplementationPlan: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const item = canvas.getByRole("button", { name: /^Cykeltur rundt i Ballerup .*, 21\. maj 2017$/ });
    item.focus();
    await userEvent.keyboard("{Enter}");
    await expect(item).toHaveAttribute("aria-pressed", "true");
  },
};

export const CommunicationPlan: Story = { args: { document: communicationPlan2017, today: "2017-03-15" } };

export const Programme: Story = {
  args: { document: introductionProgramme2018, laneBy: "track", today: null },
};

export const SchoolYear: Story = { args: { startMonth: 8, year: 2017, document: implementationPlan2017 } };

export const English: Story = { args: { locale: "en" } };

/** Beside a timeline that shows the shared selection's details: the wheel marks it, opens no second panel. */
export const DetailsElsewhere: Story = {
  args: { showDetails: false, defaultSelectedId: implementationPlan2017.activities[0]?.id ?? null },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mp-ActivityDetails")).toBeNull();
  },
};

export const Dark: Story = { globals: { theme: "dark" } };

export const Generated: Story = {
  args: { document: generatePlan({ activities: 300, year: 2017 }), today: "2017-09-01" },
};
