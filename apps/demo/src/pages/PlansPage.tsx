import type { PlanDocument } from "@milepael/core";
import { AnnualWheel, Timeline } from "@milepael/ui";
import { useState } from "react";
import { type LoadedDocument, listedTitle } from "../data";
import { Widget } from "../errors/ErrorBoundary";
import { PaperButtons, paperFileName } from "../report";
import type { Texts } from "../texts";
import type { UrlState } from "../urlState";
import { PageControls } from "./PageControls";
import { SourceNote } from "./SourceNote";

interface PlansPageProps {
  plans: readonly LoadedDocument[];
  plan: PlanDocument;
  planEntry: LoadedDocument;
  state: UrlState;
  update: (changes: Record<string, string | null>) => void;
  text: Texts;
}

/** A plan on the timeline (with its agenda list) and the annual wheel. */
export function PlansPage({ plans, plan, planEntry, state, update, text }: PlansPageProps) {
  const planId = planEntry.id;
  // Both widgets share the selection; its details open once, in the widget the reader used.
  const [detailsIn, setDetailsIn] = useState<"timeline" | "wheel">("timeline");
  return (
    <>
      <h2 lang="da">{plan.metadata.title}</h2>
      <SourceNote entry={planEntry} text={text} />
      <PageControls
        label={text.planChoice}
        value={planId}
        options={plans.map((entry) => ({ value: entry.id, label: listedTitle(entry, text.fetchedFrom) }))}
        onChange={(next) => update({ plan: next, item: null })}
        printLabel={text.print}
        actions={<PaperButtons document={plan} fileName={paperFileName(plan)} labels={text.paper} />}
      />
      <Widget resetKeys={[planId]}>
        <Timeline
          key={planId}
          document={plan}
          view={state.view}
          onViewChange={(next) => update({ view: next === "agenda" ? "agenda" : null })}
          selectedId={state.item}
          onSelectionChange={(id) => {
            setDetailsIn("timeline");
            update({ item: id });
          }}
          showDetails={detailsIn === "timeline"}
          defaultLaneBy={plan.tracks.length > 0 ? "track" : "theme"}
        />
      </Widget>
      <Widget resetKeys={[planId]}>
        <AnnualWheel
          key={`wheel-${planId}`}
          document={plan}
          laneBy={plan.tracks.length > 0 ? "track" : "theme"}
          selectedId={state.item}
          onSelectionChange={(id) => {
            setDetailsIn("wheel");
            update({ item: id });
          }}
          showDetails={detailsIn === "wheel"}
        />
      </Widget>
    </>
  );
}
