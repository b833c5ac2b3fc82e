import { type Initiative, intlLocale, type Locale, type Round } from "@milepael/core/lite";
import { FactList } from "../internal/FactList";
import { messages } from "../locale/messages";
import { RichText } from "../richText/RichText";
import { Smiley } from "../smiley/Smiley";

export interface InitiativeDetailProps {
  initiative: Initiative;
  rounds: readonly Round[];
  locale: Locale;
}

/** What an initiative's row opens to: its description, responsibility, milestones and economy. */
export function InitiativeDetail({ initiative, rounds, locale }: InitiativeDetailProps) {
  const text = messages(locale);
  const roundLabel = (id: string) => rounds.find((round) => round.id === id)?.label ?? id;
  const amount = initiative.economy?.amount;
  const responsibility: [string, string | undefined][] = [
    [text.centre, initiative.responsibleCenter],
    [text.committee, initiative.responsibleCommittee],
    [text.keyContributors, initiative.keyContributors.join(", ") || undefined],
    [text.kind, initiative.kind ? text.kinds[initiative.kind] : undefined],
  ];
  return (
    <div className="mp-InitiativeDetail">
      {initiative.description !== "" && (
        <section>
          <h4>{text.description}</h4>
          <RichText html={initiative.description} />
        </section>
      )}
      <FactList className="mp-InitiativeDetail-facts" facts={responsibility} />
      {initiative.notes && (
        <section>
          <h4>{text.notes}</h4>
          <RichText html={initiative.notes} />
        </section>
      )}
      {initiative.milestones.length > 0 && (
        <section>
          <h4>{text.milestones}</h4>
          <ol className="mp-InitiativeDetail-milestones">
            {initiative.milestones.map((milestone, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id; a round may repeat.
              <li key={index} data-status={milestone.status}>
                <Smiley status={milestone.status} label="name" size="sm" locale={locale} />
                <div>
                  <strong>{roundLabel(milestone.round)}</strong>
                  <p className="mp-InitiativeDetail-text">{milestone.text || "–"}</p>
                  {milestone.statusNote && (
                    <p className="mp-InitiativeDetail-note">
                      {text.statusNote}: {milestone.statusNote}
                    </p>
                  )}
                  {milestone.statusGuessed && (
                    <p className="mp-InitiativeDetail-note">({text.statusGuessed})</p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
      {initiative.economy && (
        <section>
          <h4>{text.economy}</h4>
          <div className="mp-InitiativeDetail-economy">
            <Smiley
              status={initiative.economy.status}
              scale="economy"
              label="name"
              size="sm"
              locale={locale}
            />
            <div>
              <p className="mp-InitiativeDetail-text">{initiative.economy.text || "–"}</p>
              {amount !== undefined && (
                <p>
                  {text.amount}:{" "}
                  {new Intl.NumberFormat(intlLocale(locale), {
                    style: "currency",
                    currency: "DKK",
                    maximumFractionDigits: 0,
                  }).format(amount)}
                </p>
              )}
              {initiative.economy.statusNote && (
                <p className="mp-InitiativeDetail-note">
                  {text.statusNote}: {initiative.economy.statusNote}
                </p>
              )}
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
