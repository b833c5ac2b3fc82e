import { generateFollowUp, generatePlan } from "@milepael/core/fixtures";
import { MilestoneTable, Timeline } from "@milepael/ui";
import { useMemo } from "react";
import { Widget } from "../errors/ErrorBoundary";
import type { Texts } from "../texts";

/** A generated follow-up of 10,000 initiatives and plan of 5,000 activities. */
export function LargePage({ text }: { text: Texts }) {
  const followUp = useMemo(() => generateFollowUp({ initiatives: 10_000 }), []);
  const plan = useMemo(() => generatePlan({ activities: 5_000, year: 2017 }), []);
  return (
    <>
      <h2>{text.largeTitle}</h2>
      <p>{text.largeLead}</p>
      <Widget>
        <MilestoneTable document={followUp} caption={followUp.metadata.title} />
      </Widget>
      <h3>{plan.metadata.title}</h3>
      <Widget>
        <Timeline document={plan} today="2017-06-01" />
      </Widget>
    </>
  );
}
