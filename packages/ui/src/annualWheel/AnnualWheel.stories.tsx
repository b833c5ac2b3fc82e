import {
  communicationPlan2017,
  generatePlan,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { atWidth } from "../internal/atWidth";
import { AnnualWheel } from "./AnnualWheel";
import { shortTitles } from "./shortTitles";

/** Room for the wheel: below 542 px its text would be under 11 px and it shows its list instead. */
const wide = (Story: () => React.JSX.Element) => (
  <div style={{ width: 860 }}>
    <Story />
  </div>
);

const meta = {
  title: "Planer/AnnualWheel",
  component: AnnualWheel,
  tags: ["autodocs"],
  args: { document: implementationPlan2017, today: "2017-05-10" },
  decorators: [wide],
  parameters: {
    docs: {
      description: {
        component:
          "Årshjulet viser året som en cirkel: månederne som felter (startmåneden kan vælges, fx august for et skoleår, der så hedder 2017/18), én ring pr. spor i sin egen farve og – på print eller med `patterns` – sit eget mønster, og sporets navn skrevet på ringen. Aktiviteterne er buer over deres periode, mindst et par grader for enkeltdage; navnet står på buen, hvor det kan være, ellers får buen et nummer, som listen ved siden af forklarer. Viseren viser i dag, de små streger ugerne. Er der for mange rækker til at se, bliver et spor til et bånd med antallet af aktiviteter pr. måned; piletasterne når stadig hver aktivitet. Er hjulet smallere end 542 px, viser det sin liste, så ingen tekst bliver under 11 px. Enter viser detaljerne. Tabellen under hjulet har de samme aktiviteter. Hjulet kan hentes som SVG og PNG til mødemapper og intranet.",
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

/** A school year from August spans two calendar years: the wheel says "2017/18". */
export const SchoolYear: Story = {
  args: { startMonth: 8, year: 2017, document: shortTitles(implementationPlan2017) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("figcaption")?.textContent).toMatch(/2017\/18$/);
  },
};

/** Short names are written along their arcs; the others get numbers, listed beside the wheel. */
export const NamesOnArcs: Story = {
  args: { document: shortTitles(implementationPlan2017), today: "2017-06-01" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvasElement.querySelectorAll(".mp-AnnualWheel-item .mp-AnnualWheel-label").length,
    ).toBeGreaterThan(0);
    await expect(canvas.getByRole("list", { name: "Nummererede aktiviteter på hjulet" })).toBeVisible();
  },
};

/** Patterns as well as colours, for readers who do not tell the colours apart (print always has them). */
export const Patterns: Story = { args: { document: shortTitles(implementationPlan2017), patterns: true } };

/** Danish data on an English page: the names on the wheel carry `lang="da"`. */
export const English: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    for (const name of canvasElement.querySelectorAll(".mp-AnnualWheel-laneName"))
      await expect(name.getAttribute("lang")).toBe("da");
  },
};

/** Too many rows to see: each lane becomes a band with the number of activities per month. */
export const Dense: Story = {
  args: { document: generatePlan({ activities: 3000, year: 2017 }), today: "2017-09-01" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".mp-AnnualWheel-count").length).toBeGreaterThan(12);
    const first = canvasElement.querySelector<SVGElement>('[data-item-id][tabindex="0"]');
    first?.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(document.activeElement?.getAttribute("role")).toBe("button");
    await expect(document.activeElement).not.toBe(first);
  },
};

/** A lane's name in the legend shows it alone, with every ring: the band becomes its activities. */
export const LaneAlone: Story = {
  args: { document: generatePlan({ activities: 300, year: 2017 }), today: "2017-09-01" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Kommunikation" }));
    await expect(canvasElement.querySelectorAll(".mp-AnnualWheel-band")).toHaveLength(0);
    await expect(canvasElement.querySelectorAll(".mp-AnnualWheel-item").length).toBeGreaterThan(10);
  },
};

/** At 360 px its text would be under 11 px: the wheel shows its list. */
export const Narrow: Story = {
  decorators: [atWidth(360)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole("list", { name: /^Årets aktiviteter/ })).toBeVisible());
  },
};

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
