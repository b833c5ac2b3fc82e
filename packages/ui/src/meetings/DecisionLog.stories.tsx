import { meetingsLejre2017 } from "@milepael/core/fixtures";
import type { MeetingsDocument } from "@milepael/core/lite";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { DecisionLog } from "./DecisionLog";

const meta = {
  title: "Møder/DecisionLog",
  component: DecisionLog,
  tags: ["autodocs"],
  args: { document: meetingsLejre2017 },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          'Beslutningsloggen svarer på "hvad besluttede udvalget?": ét punkt pr. række med udvalg, dato, titel, udfald og sagsnummer. Udfaldet står altid med ord, et tegn og en farve (✓ godkendt, i taget til efterretning, ‖ udsat, ✕ ikke godkendt, ? ikke angivet), aldrig med farve alene. Knappen ved titlen viser hele beslutningsteksten, indstillingen og beslutningskompetencen. Søg i titler, sagsnumre og beslutninger; filtrér på udvalg, udfald og år; hent visningen som CSV. Samme udvalg skrevet på to måder ("17, 4-udvalget" og "17,4-udvalget") er ét filter. Brug `MeetingCalendar` for hvornår møderne er, denne for hvad de besluttede.',
      },
    },
  },
} satisfies Meta<typeof DecisionLog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The items of Lejre's 17,4-udvalg on 3 January 2017, as imported from the seed. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Viser 5 af 5 punkter");
    const chair = canvas.getByRole("button", { name: "Vis beslutningen for 2. 17,4 - Valg af næstformand" });
    await userEvent.click(chair);
    await expect(canvas.getByText("Gert Fabrin blev valgt som næstformand.")).toBeVisible();
  },
};

/** One tab stop in the body: arrow keys move between items, Enter opens the decision. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole("button", { name: /^Vis beslutningen for 1\./ });
    first.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    const third = canvas.getByRole("button", { name: /^Vis beslutningen for 3\./ });
    await expect(third).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(third).toHaveAttribute("aria-expanded", "true");
    await userEvent.keyboard("{End}");
    await expect(canvas.getByRole("button", { name: /^Vis beslutningen for 5\./ })).toHaveFocus();
  },
};

export const DecisionOpen: Story = {
  args: { defaultExpanded: { "17-4-udvalget-2017-01-03#4": true } },
};

export const FilteredToNoted: Story = {
  args: { defaultColumnFilters: [{ id: "outcome", value: "noted" }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Viser 1 af 5 punkter");
  },
};

export const Searching: Story = {
  args: { defaultGlobalFilter: "16/16318" },
};

export const NoMatches: Story = {
  args: { defaultGlobalFilter: "intet punkt hedder sådan" },
};

const withoutItems: MeetingsDocument = {
  ...meetingsLejre2017,
  meetings: meetingsLejre2017.meetings.map((meeting) => ({ ...meeting, items: [] })),
};

/** A document whose meetings list no items (agendas announced, minutes not yet out). */
export const Empty: Story = {
  args: { document: withoutItems },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Dokumentet har ingen mødepunkter.")).toBeVisible();
  },
};

export const English: Story = {
  args: { locale: "en", defaultExpanded: { "17-4-udvalget-2017-01-03#2": true } },
};

/** A card per item when the log has less than 600 px. */
export const Narrow: Story = {
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
  args: { defaultExpanded: { "17-4-udvalget-2017-01-03#2": true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mp-theme-dark .mp-DecisionLog")).not.toBeNull();
  },
};

/** The view as CSV: the filtered items, outcomes in words, the whole decision. */
export const ExportCsv: Story = {
  args: { onExportCsv: fn(), defaultColumnFilters: [{ id: "outcome", value: "approved" }] },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Hent visningen som CSV" }));
    await expect(args.onExportCsv).toHaveBeenCalledWith(
      expect.stringContaining(
        '17,4 - Valg af næstformand";Godkendt;13/20237;Gert Fabrin blev valgt som næstformand.',
      ),
    );
  },
};

/** 3,000 generated items: only the rows in view are drawn, and End still reaches the last one. */
const manyItems: MeetingsDocument = {
  ...meetingsLejre2017,
  meetings: Array.from({ length: 150 }, (_, meeting) => ({
    id: `udvalg-${meeting}`,
    kind: "referat" as const,
    body: meeting % 2 === 0 ? "Økonomiudvalget" : "Børne- og Ungeudvalget",
    date: `${2017 + (meeting % 3)}-0${1 + (meeting % 9)}-1${meeting % 10}`,
    absent: [],
    items: Array.from({ length: 20 }, (_, item) => ({
      number: String(item + 1),
      title: `Sag ${meeting * 20 + item + 1}`,
      outcome: item % 4 === 0 ? ("noted" as const) : ("approved" as const),
      decision: item % 4 === 0 ? "Taget til efterretning." : "Godkendt.",
      attachments: [],
    })),
  })),
};

export const ThreeThousandItems: Story = {
  args: { document: manyItems, caption: "3.000 punkter" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Viser 3.000 af 3.000 punkter");
    await expect(canvasElement.querySelectorAll("tbody tr[data-index]").length).toBeLessThan(80);
    canvas.getByRole("button", { name: "Vis beslutningen for 1. Sag 1" }).focus();
    await userEvent.keyboard("{End}");
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "Vis beslutningen for 20. Sag 3000" })).toHaveFocus(),
    );
  },
};
