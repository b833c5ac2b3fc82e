import {
  budgetFollowUp2017,
  communicationPlan2017,
  generatePlan,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { atWidth } from "../internal/atWidth";
import { AgendaList } from "./AgendaList";
import { followUpMilestones } from "./followUpMilestones";
import { withOngoingActivities } from "./ongoingPlan.fixture";
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
          "Tidslinjen viser en plans aktiviteter så præcist, som de er skrevet: præcise dage som ruder, perioder som bjælker, “primo/ultimo” med bløde ender, hele måneder og årstider med skraverede ender, “enten-eller” som begge muligheder og “Løbende” som et åbent bånd for sig. Spor efter tema, deltagere, ansvarlig eller forløb. Zoom og panorér med knapperne, + og −, Ctrl + hjul eller ved at trække. Piletasterne går fra aktivitet til aktivitet; Enter viser detaljerne. Navne står i bjælken, når de kan være der (på ensfarvet bund, også ved bløde og skraverede ender), ellers ved siden af bjælken eller ruden, hvor rækkerne holder plads: intet navn dækker et andet, og det fulde navn står i værktøjstip og tilgængeligt navn. Første visning viser det tidsrum, hvor de fleste aktiviteter ligger; “Vis hele planen” viser alt. Aksen navngiver også den påbegyndte periode og viser året, hvor et nyt år begynder; er der trangt, forkortes etiketterne (“K1”) eller hver anden udelades. Mange løbende aktiviteter samles i ét bånd (“87 løbende aktiviteter”), der kan foldes ud; Escape folder det sammen igen og giver fokus tilbage til båndet. Under 600 px vises listen, som også er tidslinjens tilgængelige alternativ.",
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

/**
 * Names that do not fit their bar or diamond stand beside it, in room the rows keep free: no
 * name covers another, none runs past the edge, none is cut to a letter (the full name is in the
 * tooltip and the accessible name).
 */
export const LabelsBesideTheirBars: Story = {
  args: { document: communicationPlan2017, today: null },
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll<HTMLElement>(".mp-Timeline-label")];
    await expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) await expect(label.clientWidth).toBeGreaterThan(40);
  },
};

/** Vague dates: the ends fade or are hatched, the name sits on the solid middle (4.5:1 or more). */
const vagueDates = {
  document: implementationPlan2017,
  defaultRange: { start: "2017-05-01", end: "2018-03-31" },
  today: null,
};

export const VagueDatesOnSolidFill: Story = { args: vagueDates };

/** The dark theme with vague dates: the names keep their contrast on the lighter bars. */
export const VagueDatesDark: Story = {
  globals: { theme: "dark" },
  args: vagueDates,
};

/**
 * A view that starts in April: the part-period is labelled with its year ("apr. 2017"), and
 * the year is on the axis wherever a new one begins.
 */
export const StartsInApril: Story = {
  args: {
    document: implementationPlan2017,
    defaultRange: { start: "2017-04-10", end: "2017-10-15" },
    today: "2017-06-10",
  },
  play: async ({ canvasElement }) => {
    const ticks = [...canvasElement.querySelectorAll(".mp-Timeline-tick")].map((tick) => tick.textContent);
    await expect(ticks[0]).toBe("apr. 2017");
  },
};

/** The "I dag" line runs behind names and lane headings; its tag has its own strip under the axis. */
export const TodayBehindTheNames: Story = {
  args: {
    document: communicationPlan2017,
    defaultRange: { start: "2017-01-01", end: "2017-02-28" },
    today: "2017-01-16",
  },
};

/**
 * The timeline at 360 px (chosen over the list): quarter labels shorten ("K3", "K1 2018") or
 * thin out so that they never run together.
 */
export const QuartersAt360: Story = {
  args: {
    document: implementationPlan2017,
    defaultView: "timeline",
    defaultRange: { start: "2017-01-01", end: "2018-12-31" },
    today: null,
  },
  decorators: [atWidth(360)],
  play: async ({ canvasElement }) => {
    for (const tick of canvasElement.querySelectorAll<HTMLElement>(".mp-Timeline-tick")) {
      await expect(tick.scrollWidth).toBeLessThanOrEqual(tick.clientWidth + 1);
    }
  },
};

/** An English page: the plan's Danish names carry `lang="da"`. */
export const EnglishPageDanishNames: Story = {
  args: { locale: "en", document: implementationPlan2017, today: "2017-06-10" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mp-Timeline-label")?.getAttribute("lang")).toBe("da");
  },
};

/** Many ongoing activities: one band ("87 løbende aktiviteter") that opens into a scrolling list. */
export const ManyOngoing: Story = {
  args: { document: withOngoingActivities(87), today: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "87 løbende aktiviteter" }));
    await expect(canvas.getByRole("group", { name: "87 løbende aktiviteter" })).toBeVisible();
  },
};
