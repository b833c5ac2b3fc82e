import type { Locale } from "@milepael/core/lite";
import type { Preview } from "@storybook/react-vite";
import { LocaleProvider } from "../src/locale";
import "../src/styles.css";

const preview: Preview = {
  parameters: {
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: {
      // 'error' makes every axe violation fail the story's test in Vitest.
      test: "error",
    },
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
      return (
        <LocaleProvider locale={locale}>
          <div
            className={`mp-theme-${theme}`}
            lang={locale}
            style={{ background: "var(--mp-color-bg)", color: "var(--mp-color-text)", padding: "1rem" }}
          >
            <Story />
          </div>
        </LocaleProvider>
      );
    },
  ],
};

export default preview;
