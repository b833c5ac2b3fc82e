import type { Locale } from "@milepael/core/lite";
import type { Preview } from "@storybook/react-vite";
import { LocaleProvider } from "../src/locale";
// The typeface --mp-font names, as hosts opt in to it (@milepael/ui/font.css).
import "../src/font.css";
import "../src/styles.css";

// The browser tests run every story on a host page of the other brightness than its theme (light
// widgets on a dark page, the Dark stories on a light page): a theme must paint its own background.
// Set by vitest.config.ts; Storybook itself shows no host page.
const hostPage: string | undefined = import.meta.env.VITE_MP_STORY_HOST;

const preview: Preview = {
  parameters: {
    // The theme's box fills the canvas: a Dark story is no dark box inside a white frame.
    layout: "fullscreen",
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: {
      // 'error' makes every axe violation fail the story's test in Vitest.
      test: "error",
    },
  },
  // Controls a designer can use: a choice of values, not a JSON editor, for the kit's shared props.
  argTypes: {
    locale: { control: "inline-radio", options: ["da", "en"] },
    laneBy: { control: "select", options: ["theme", "participants", "responsible", "track", "none"] },
    defaultLaneBy: { control: "select", options: ["theme", "participants", "responsible", "track", "none"] },
    view: { control: "inline-radio", options: ["timeline", "agenda"] },
    scale: { control: "inline-radio", options: ["milestone", "economy"] },
    startMonth: { control: { type: "number", min: 1, max: 12 } },
    today: { control: "text" },
    round: { control: "text" },
    caption: { control: "text" },
  },
  globalTypes: {
    locale: {
      description: "Sprog / language",
      toolbar: {
        title: "Sprog",
        icon: "globe",
        items: [
          { value: "da", title: "Dansk" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Tema / theme",
      toolbar: {
        title: "Tema",
        icon: "contrast",
        items: [
          { value: "light", title: "Lyst" },
          { value: "dark", title: "Mørkt" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "da", theme: "light" },
  decorators: [
    (Story, context) => {
      const locale: Locale = context.globals.locale === "en" ? "en" : "da";
      const theme = context.globals.theme === "dark" ? "dark" : "light";
      const story = (
        <LocaleProvider locale={locale}>
          <div
            className={`mp-theme-${theme}`}
            lang={locale}
            style={{ padding: "1rem", minHeight: context.viewMode === "story" ? "100vh" : undefined }}
          >
            <Story />
          </div>
        </LocaleProvider>
      );
      if (hostPage === undefined) return story;
      const host = hostPage === "opposite" ? (theme === "dark" ? "#ffffff" : "#121212") : hostPage;
      return (
        <div style={{ background: host, color: host === "#ffffff" ? "#1a1a1a" : "#f0f0f0", padding: "1rem" }}>
          {story}
        </div>
      );
    },
  ],
};

export default preview;
