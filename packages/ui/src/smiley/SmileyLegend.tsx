import { type Locale, type StatusScale, scaleLevels, statusLabel } from "@milepael/core/lite";
import { classNames } from "../internal/classNames";
import { useLocale } from "../locale/LocaleProvider";
import { Smiley } from "./Smiley";

export interface SmileyLegendProps {
  /** The scale to explain: the milestone scale has three levels, the economy scale two. Default `milestone`. */
  scale?: StatusScale;
  variant?: "face" | "dot";
  /** Whether to include "not assessed". Default true. */
  includeNotAssessed?: boolean;
  /** A heading for the legend; omitted when not given. */
  title?: string;
  locale?: Locale;
  className?: string;
}

/** What each smiley means on a scale, as the follow-up's reading guide says it. */
export function SmileyLegend({
  scale = "milestone",
  variant = "face",
  includeNotAssessed = true,
  title,
  locale,
  className,
}: SmileyLegendProps) {
  const activeLocale = useLocale(locale);
  const statuses = [...scaleLevels(scale), ...(includeNotAssessed ? (["not-assessed"] as const) : [])];
  return (
    <div className={classNames("mp-SmileyLegend", className)} data-scale={scale}>
      {title && <p className="mp-SmileyLegend-title">{title}</p>}
      <dl className="mp-SmileyLegend-list">
        {statuses.map((status) => {
          const { meaning } = statusLabel(status, scale, activeLocale);
          return (
            <div key={status} className="mp-SmileyLegend-item" data-status={status}>
              <dt>
                <Smiley status={status} scale={scale} variant={variant} label="name" locale={activeLocale} />
              </dt>
              <dd>{meaning}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
