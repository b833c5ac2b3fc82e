import type { Decorator } from "@storybook/react-vite";

/**
 * A story decorator that renders the story in a box of `width` px, as a narrow column or phone
 * would give it (stories only).
 *
 * @example
 * export const Narrow: Story = { decorators: [atWidth(360)] };
 */
export const atWidth =
  (width: number): Decorator =>
  (Story) => (
    <div style={{ width }}>
      <Story />
    </div>
  );
