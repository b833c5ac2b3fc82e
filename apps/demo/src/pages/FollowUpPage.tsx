import type { BudgetFollowUp } from "@milepael/core";
import { reportingRound } from "@milepael/core";
import { MilestoneTable, StatusSummary, useLocale } from "@milepael/ui";
import { InitiativeTrendChart, StatusByRoundChart, StatusDistributionChart } from "@milepael/ui/charts";
import type { Texts } from "../texts";
import { PageControls } from "./PageControls";

interface FollowUpPageProps {
  document: BudgetFollowUp;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
  text: Texts;
}

type Filters = { id: string; value: unknown }[];

function readFilters(value: string | null): Filters {
  try {
    const parsed: unknown = JSON.parse(value ?? "[]");
    return Array.isArray(parsed)
      ? parsed.filter((entry): entry is Filters[number] => typeof entry?.id === "string")
      : [];
  } catch {
    return [];
  }
}

/** The follow-up with round picker, summary, charts, table and one initiative's history. */
export function FollowUpPage({ document, params, update, text }: FollowUpPageProps) {
  const locale = useLocale();
  const round = params.get("round") ?? reportingRound(document) ?? document.rounds.at(-1)?.id ?? "";
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  const selected = initiatives.find((initiative) => initiative.id === params.get("initiative"));
  return (
    <>
      <h2>{document.metadata.title}</h2>
      <PageControls
        label={text.round}
        value={round}
        options={document.rounds.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
        onChange={(next) => update({ round: next })}
        printLabel={text.print}
      />
      <StatusSummary
        document={document}
        round={round}
        onSelectInitiative={(id) => update({ initiative: id })}
      />
      <div className="demo-charts">
        <StatusByRoundChart document={document} />
        <StatusDistributionChart document={document} by="committee" round={round} />
      </div>
      <section className="demo-history" aria-labelledby="history-heading">
        <h3 id="history-heading">{text.history}</h3>
        <label className="mp-Field">
          <span>{text.chooseInitiative}</span>
          <select
            value={selected?.id ?? ""}
            onChange={(event) => update({ initiative: event.target.value || null })}
          >
            <option value="">–</option>
            {initiatives.map((initiative) => (
              <option key={initiative.id} value={initiative.id}>
                {[initiative.number, initiative.title].filter(Boolean).join(" ")}
              </option>
            ))}
          </select>
        </label>
        {selected && <InitiativeTrendChart initiative={selected} rounds={document.rounds} locale={locale} />}
      </section>
      <MilestoneTable
        document={document}
        globalFilter={params.get("q") ?? ""}
        onGlobalFilterChange={(value) => update({ q: value })}
        columnFilters={readFilters(params.get("filters"))}
        onColumnFiltersChange={(filters) =>
          update({ filters: filters.length > 0 ? JSON.stringify(filters) : null })
        }
      />
    </>
  );
}
