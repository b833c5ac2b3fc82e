import { budgetFollowUp2017, xssPayloads } from "@milepael/core/fixtures";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { RichText } from "./RichText";

const ucc = budgetFollowUp2017.sections[2]?.initiatives.find((initiative) => initiative.number === "7.02");

const meta = {
  title: "Tekst/RichText",
  component: RichText,
  tags: ["autodocs"],
  args: { html: ucc?.description ?? "" },
  parameters: {
    docs: {
      description: {
        component:
          "Tekst fra dokumenterne med deres enkle formatering (afsnit, lister, fed, kursiv). HTML'en renses altid af `@milepael/core` og tegnes som React-elementer, aldrig med `innerHTML`: scripts, hændelser og links når aldrig siden.",
      },
    },
  },
} satisfies Meta<typeof RichText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Description: Story = {};

export const NotesWithList: Story = { args: { html: ucc?.notes ?? "" } };

export const PlainText: Story = { args: { html: "Der er ikke særskilt økonomisk effekt." } };

/** Every payload of the XSS corpus, rendered: nothing runs, no link or handler survives. */
export const HostileInput: Story = {
  args: { html: xssPayloads.join("<br>") },
  play: async ({ canvasElement }) => {
    const root = within(canvasElement);
    await expect(root.queryByRole("link")).toBeNull();
    await expect(
      canvasElement.querySelector("script, iframe, img, svg, [onerror], [onclick], [href]"),
    ).toBeNull();
    await expect((window as unknown as { xssFired?: boolean }).xssFired).toBeUndefined();
  },
};
