import type { PlanDocument } from "@milepael/core";
import { AnnualWheel, Timeline } from "@milepael/ui";
import type { LoadedDocument } from "../data";
import type { Texts } from "../texts";
import { PageControls } from "./PageControls";

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
      <PageControls
        label={text.planChoice}
        value={planId}
        options={plans.map((entry) => ({ value: entry.id, label: entry.document.metadata.title }))}
        onChange={(next) => update({ plan: next, item: null })}
        printLabel={text.print}
      />
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
