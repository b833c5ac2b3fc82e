import {
  budgetFollowUp2017,
  communicationPlan2017,
  generatePlan,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { AgendaList } from "./AgendaList";
import { followUpMilestones } from "./followUpMilestones";
import { Timeline } from "./Timeline";

const meta = {
  title: "Planer/Timeline",
  component: Timeline,
  tags: ["autodocs"],
  args: { document: implementationPlan2017, today: "2017-06-10" },
  // The timeline itself needs room: under 600 px it shows the agenda list (story "OnAPhone").
  decorators: [
    (Story) => (
      <div style={{ minWidth: 720 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "Tidslinjen viser en plans aktiviteter så præcist, som de er skrevet: præcise dage som ruder, perioder som bjælker, “primo/ultimo” med bløde ender, hele måneder og årstider med skraverede ender, “enten-eller” som begge muligheder og “Løbende” som et åbent bånd for sig. Spor efter tema, deltagere, ansvarlig eller forløb. Zoom og panorér med knapperne, + og −, Ctrl + hjul eller ved at trække. Piletasterne går fra aktivitet til aktivitet; Enter viser detaljerne. Under 600 px vises listen, som også er tidslinjens tilgængelige alternativ.",
      },
    },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ImplementationPlan: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("button", { name: /^Cykeltur rundt i Ballerup .*, 21\. maj 2017$/ }),
    ).toBeVisible();
  },
};

export const CommunicationPlan: Story = { args: { document: communicationPlan2017, today: "2017-03-15" } };

export const ProgrammeByTrack: Story = {
  args: { document: introductionProgramme2018, laneBy: "track", today: null },
};

export const Selected: Story = {
  args: { document: communicationPlan2017, defaultSelectedId: "a12", today: null },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("region", { name: /Strategisk Ledelsesforum i forbindelse/ }),
    ).toBeVisible();
  },
};

export const ZoomedToWeeks: Story = {
  args: {
    document: communicationPlan2017,
    defaultRange: { start: "2017-01-01", end: "2017-02-28" },
    today: null,
  },
};

export const AsAgendaList: Story = { args: { defaultView: "agenda" } };

/** At 420 px (a phone) the agenda list takes over by itself; the timeline is one click away. */
export const OnAPhone: Story = {
  args: { document: communicationPlan2017 },
  decorators: [
    (Story) => (
      <div style={{ width: 420 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("region", { name: "marts 2017" })).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "Vis som tidslinje" })).toBeInTheDocument();
  },
};

export const English: Story = { args: { locale: "en", document: introductionProgramme2018, today: null } };

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { document: communicationPlan2017, today: "2017-03-15" },
};

/** 5,000 generated activities: rows outside the view are not in the page. */
export const FiveThousand: Story = {
  args: { document: generatePlan({ activities: 5000, year: 2017 }), laneBy: "theme", today: "2017-06-01" },
};

export const KeyboardZoom: Story = {
  args: { document: communicationPlan2017, today: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /Zoom ind/ }));
    await userEvent.click(canvas.getByRole("button", { name: /Zoom ind/ }));
    await expect(canvas.getByRole("combobox", { name: "Skala" })).toHaveValue("week");
  },
};

export const Agenda: StoryObj<typeof AgendaList> = {
  render: () => <AgendaList document={introductionProgramme2018} laneBy="track" />,
};

const milestones = followUpMilestones(budgetFollowUp2017);

/** The follow-up's milestones at their rounds' cut-offs, each diamond with its smiley. */
export const FollowUpMilestones: Story = {
  args: { document: milestones.plan, statuses: milestones.statuses, today: "2017-10-27" },
};
