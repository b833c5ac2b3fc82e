import { meetingsLejre2017 } from "@milepael/core/fixtures";
import type { MeetingsDocument } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { MeetingCalendar } from "./MeetingCalendar";

const meta = {
  title: "Møder/MeetingCalendar",
  component: MeetingCalendar,
  tags: ["autodocs"],
  args: { document: meetingsLejre2017, today: "2017-06-01" },
  parameters: {
    docs: {
      description: {
        component:
          'Mødekalenderen viser de politiske møder fra referater og dagsordener på årshjulet eller tidslinjen: én ring eller bane pr. udvalg, et punkt pr. møde, og mødets punkter og beslutninger i detaljerne. Den er en adapter over `AnnualWheel` og `Timeline`, så tastatur, tabel og eksport er de samme. Et udvalg skrevet på flere måder ("17, 4-udvalget" og "17,4-udvalget") står i én bane, og kalenderen siger det. Brug den, når spørgsmålet er hvornår; `DecisionLog`, når det er hvad der blev besluttet.',
      },
    },
  },
} satisfies Meta<typeof MeetingCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The meetings around Lejre's 17,4-udvalg in 2017 on the annual wheel. */
export const Wheel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("8 møder");
    const meeting = canvas.getByRole("button", { name: /^Referat 17, 4-udvalget.*3\. januar 2017$/ });
    meeting.focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText(/Gert Fabrin blev valgt som næstformand/)).toBeVisible();
  },
};

export const Timeline: Story = {
  args: { defaultView: "timeline" },
};

export const MeetingChosen: Story = {
  args: { defaultSelectedId: "17-4-udvalget-2017-01-03" },
};

const respelt: MeetingsDocument = {
  ...meetingsLejre2017,
  meetings: [
    ...meetingsLejre2017.meetings,
    {
      id: "17-4-udvalget-2017-02-14",
      kind: "dagsorden",
      body: "17,4-udvalget",
      date: "2017-02-14",
      absent: [],
      items: [],
    },
  ],
};

/** Two spellings of one committee share a ring, and the calendar says so. */
export const SpellingsMerged: Story = {
  args: { document: respelt },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(
        "17, 4-udvalget er også skrevet «17,4-udvalget»; møderne står i samme bane.",
      ),
    ).toBeVisible();
  },
};

export const Empty: Story = {
  args: { document: { ...meetingsLejre2017, meetings: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Dokumentet har ingen møder.");
  },
};

export const English: Story = { args: { locale: "en" } };

export const Narrow: Story = {
  args: { defaultView: "timeline" },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
};

export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mp-theme-dark .mp-MeetingCalendar")).not.toBeNull();
  },
};
