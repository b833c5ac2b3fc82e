import { type Locale, statusLabel, statusValues } from "@milepael/core";
import { LocaleProvider, Smiley } from "@milepael/ui";
import { useEffect, useState } from "react";

const texts = {
  da: {
    title: "milepael",
    lead: "Kommunale planer og budgetopfølgninger som data og widgets.",
    legend: "Sådan læses smileys",
    milestone: "Indsats (milepæle)",
    economy: "Økonomi",
    language: "Sprog",
  },
  en: {
    title: "milepael",
    lead: "Municipal plans and budget follow-ups as data and widgets.",
    legend: "How to read the smileys",
    milestone: "Initiative (milestones)",
    economy: "Economy",
    language: "Language",
  },
} as const;

export function App() {
  const [locale, setLocale] = useState<Locale>("da");
  const t = texts[locale];
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <LocaleProvider locale={locale}>
      <header className="demo-header">
        <h1>{t.title}</h1>
        <label className="demo-language">
          {t.language}{" "}
          <select value={locale} onChange={(event) => setLocale(event.target.value === "en" ? "en" : "da")}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main className="demo-main">
        <p>{t.lead}</p>
        <h2>{t.legend}</h2>
        <div className="demo-legends">
          {(["milestone", "economy"] as const).map((scale) => (
            <section key={scale} aria-labelledby={`legend-${scale}`}>
              <h3 id={`legend-${scale}`}>{scale === "milestone" ? t.milestone : t.economy}</h3>
              <ul className="demo-legend">
                {statusValues
                  .filter((status) => scale === "milestone" || status !== "yellow")
                  .map((status) => (
                    <li key={status}>
                      <Smiley status={status} scale={scale} label="name" />
                      <span>{statusLabel(status, scale, locale).meaning}</span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      </main>
    </LocaleProvider>
  );
}
