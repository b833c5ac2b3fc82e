import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { MilestoneTable } from "./MilestoneTable";

const meta = {
  title: "Opfølgning/MilestoneTable",
  component: MilestoneTable,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component:
          "Milepælstabellen viser en budgetopfølgning som en tabel: én række pr. indsats, en smiley pr. opfølgning og for økonomien, grupperet efter afsnit. Rækken åbnes med knappen ved titlen og viser beskrivelse, ansvar, milepæle og økonomi. Sortér ved at klikke på en kolonneoverskrift; filtrér på status i en opfølgning, udvalg, center og art; søg i al tekst; vælg kolonner; hent visningen som CSV. Piletasterne flytter mellem rækkerne. Over 200 rækker tegnes kun de synlige (virtualisering), så 10.000 indsatser stadig er flydende. Under 600 px bredde bliver hver indsats et kort. Al tilstand kan styres udefra (`sorting`/`onSortingChange` osv.) eller overlades til tabellen (`defaultSorting`).",
      },
    },
  },
} satisfies Meta<typeof MilestoneTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The third follow-up on Ballerup's 2017 budget agreement, as imported from the seed. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table")).toBeVisible();
    await expect(canvas.getByRole("button", { name: /UCC - anvendelse og udvikling/ })).toBeVisible();
  },
};

export const DetailsOpen: Story = {
  args: { defaultExpanded: { "7.03": true } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Processen er forsinket.", { exact: false })).toBeVisible();
  },
};

export const SortedWorstFirst: Story = {
  args: { defaultSorting: [{ id: "round:2017-3", desc: true }], defaultGrouping: [] },
};

export const FilteredToRed: Story = {
  args: { defaultColumnFilters: [{ id: "round:2017-2", value: "red" }] },
};

/**
 * The page's round drives the table (issue #19): a red filter set at round 3 applies to round 2,
 * the toolbar shows round 2, and picking another round there reports it to the page.
 */
export const PageRound: Story = {
  args: {
    round: "2017-2",
    onRoundChange: fn(),
    caption: `${budgetFollowUp2017.metadata.title} · 2. budgetopfølgning 2017`,
    defaultColumnFilters: [{ id: "round:2017-3", value: "red" }],
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("combobox", { name: "Opfølgning" })).toHaveValue("2017-2");
    await expect(canvas.getByRole("combobox", { name: "Status" })).toHaveValue("red");
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Opfølgning" }), "2017-1");
    await expect(args.onRoundChange).toHaveBeenCalledWith("2017-1");
  },
};

export const Searching: Story = {
  args: { defaultGlobalFilter: "byvåben" },
};

export const GroupedByCommittee: Story = {
  args: { defaultGrouping: ["committee"] },
};

export const AllColumns: Story = {
  args: { defaultColumnVisibility: {} },
};

export const NoMatches: Story = {
  args: { defaultGlobalFilter: "ingen indsats hedder sådan" },
};

export const English: Story = {
  args: { locale: "en" },
};

/** A card per initiative when the table has less than 600 px. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 380 }}>
        <Story />
      </div>
    ),
  ],
};

/** 10,000 generated initiatives: only the rows in view are in the page. */
export const TenThousand: Story = {
  args: { document: generateFollowUp({ initiatives: 10_000 }), caption: "10.000 indsatser" },
};

/** The view as CSV: the filtered rows and visible columns, statuses in words. */
export const ExportCsv: Story = {
  args: { onExportCsv: fn(), defaultColumnFilters: [{ id: "round:2017-2", value: "red" }] },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Hent visningen som CSV" }));
    await expect(args.onExportCsv).toHaveBeenCalledWith(
      expect.stringContaining("7.03 UCC - anvendelse og udvikling;Grøn;Rød;"),
    );
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  args: { defaultExpanded: { "7.03": true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mp-theme-dark .mp-MilestoneTable")).not.toBeNull();
  },
};
