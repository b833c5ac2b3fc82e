import { budgetFollowUp2017, generateFollowUp } from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatusSummary } from "./StatusSummary";

const meta = {
  title: "Opfølgning/StatusSummary",
  component: StatusSummary,
  tags: ["autodocs"],
  args: { document: budgetFollowUp2017 },
  parameters: {
    docs: {
      description: {
        component:
          "Overblikket over én opfølgning: antal milepæle pr. status med ændringen siden forrige opfølgning, og de indsatser der kræver opmærksomhed først (røde, forværrede, rød økonomi, for sent vurderede). Brug den øverst på en side; giv `onSelectInitiative` for at åbne indsatsen i tabellen.",
      },
    },
  },
} satisfies Meta<typeof StatusSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThirdFollowUp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Status ved 3. budgetopfølgning 2017" })).toBeVisible();
    await expect(canvas.getByText("7.03 UCC - anvendelse og udvikling")).toBeVisible();
  },
};

export const FirstFollowUp: Story = { args: { round: "2017-1" } };

export const YearEndOverdue: Story = { args: { round: "2017-year-end", today: "2018-02-01" } };

export const English: Story = { args: { locale: "en" } };

/** 500 initiatives: the list shows ten and says how many more there are, with a button to see them. */
export const Generated: Story = {
  args: { document: generateFollowUp({ initiatives: 500 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const more = canvas.getByRole("button", { name: /^\+\d+ flere$/ });
    await userEvent.click(more);
    await expect(canvas.getByRole("button", { name: "Vis færre" })).toHaveAttribute("aria-expanded", "true");
  },
};

export const SelectsInitiative: Story = {
  args: { onSelectInitiative: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(
      within(canvasElement).getByRole("button", { name: "7.03 UCC - anvendelse og udvikling" }),
    );
    await expect(args.onSelectInitiative).toHaveBeenCalledWith("7.03");
  },
};

export const Dark: Story = { globals: { theme: "dark" } };
