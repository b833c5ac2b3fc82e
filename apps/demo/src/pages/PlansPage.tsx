import type { PlanDocument } from "@milepael/core";
import { AnnualWheel, Timeline } from "@milepael/ui";
import type { LoadedDocument } from "../data";
import type { Texts } from "../texts";

interface PlansPageProps {
  plans: readonly LoadedDocument[];
  plan: PlanDocument;
  planId: string;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
  text: Texts;
}

/** A plan on the timeline (with its agenda list) and the annual wheel. */
export function PlansPage({ plans, plan, planId, params, update, text }: PlansPageProps) {
  const view = params.get("view") === "agenda" ? "agenda" : "timeline";
  return (
    <>
      <h2>{plan.metadata.title}</h2>
      <div className="demo-controls">
        <label className="mp-Field">
          <span>{text.planChoice}</span>
          <select value={planId} onChange={(event) => update({ plan: event.target.value, item: null })}>
            {plans.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.document.metadata.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="mp-Button demo-print" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <Timeline
        key={planId}
        document={plan}
        view={view}
        onViewChange={(next) => update({ view: next === "agenda" ? "agenda" : null })}
        selectedId={params.get("item")}
        onSelectionChange={(id) => update({ item: id })}
        defaultLaneBy={plan.tracks.length > 0 ? "track" : "theme"}
      />
      <AnnualWheel
        key={`wheel-${planId}`}
        document={plan}
        laneBy={plan.tracks.length > 0 ? "track" : "theme"}
        selectedId={params.get("item")}
        onSelectionChange={(id) => update({ item: id })}
      />
    </>
  );
}
