import { type Locale, reportingRound, rollUp, statusLabel, statusValues } from "@milepael/core";
import { Smiley, SmileyLegend, useLocale } from "@milepael/ui";
import { isFollowUp, isPlan, type LoadedDocument } from "../data";
import { Widget } from "../errors/ErrorBoundary";
import { formatNumber, type Texts } from "../texts";
import { SourceNote } from "./SourceNote";

interface OverviewProps {
  documents: readonly LoadedDocument[];
  text: Texts;
  open: (document: LoadedDocument) => void;
}

/** Every loaded document with its headline status. */
export function Overview({ documents, text, open }: OverviewProps) {
  const locale = useLocale();
  return (
    <>
      <p>{text.lead}</p>
      <h2>{text.documents}</h2>
      <ul className="demo-cards">
        {documents.map((entry) => {
          const { document } = entry;
          const headingId = `doc-${entry.id}`;
          return (
            <li key={entry.id} className="demo-card" aria-labelledby={headingId}>
              <p className="demo-card-kind">{isFollowUp(document) ? text.followUp : text.plan}</p>
              <h3 id={headingId} lang="da">
                {document.metadata.title}
              </h3>
              <SourceNote entry={entry} text={text} />
              <Widget>
                {isFollowUp(document) ? (
                  <FollowUpHeadline entry={entry} text={text} locale={locale} />
                ) : (
                  isPlan(document) && (
                    <p className="demo-card-count">{text.activities(document.activities.length)}</p>
                  )
                )}
              </Widget>
              <button type="button" className="mp-Button" onClick={() => open(entry)}>
                {text.open}
                <span className="mp-visually-hidden"> {document.metadata.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h2>{text.legend}</h2>
      <div className="demo-legends">
        <Widget>
          <SmileyLegend title={text.milestone} locale={locale} />
        </Widget>
        <Widget>
          <SmileyLegend title={text.economy} scale="economy" locale={locale} />
        </Widget>
      </div>
    </>
  );
}

function FollowUpHeadline({ entry, text, locale }: { entry: LoadedDocument; text: Texts; locale: Locale }) {
  if (!isFollowUp(entry.document)) return null;
  const document = entry.document;
  const round = reportingRound(document) ?? document.rounds.at(-1)?.id;
  const label = document.rounds.find((candidate) => candidate.id === round)?.label ?? "";
  const counts = rollUp(document)[0]?.rounds.find((candidate) => candidate.round === round)?.counts;
  const initiatives = document.sections.reduce((sum, section) => sum + section.initiatives.length, 0);
  return (
    <>
      <p className="demo-card-count">{text.initiatives(initiatives)}</p>
      <p className="demo-card-round">{label}</p>
      <ul className="demo-headline" aria-label={`${text.round}: ${label}`}>
        {statusValues.map((status) => (
          <li key={status}>
            <Smiley status={status} size="sm" />
            <span>
              {formatNumber(counts?.[status] ?? 0, locale)}{" "}
              {statusLabel(status, "milestone", locale).name.toLowerCase()}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
