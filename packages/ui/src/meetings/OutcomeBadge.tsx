import { type DecisionOutcome, decisionOutcomeLabels, type Locale } from "@milepael/core/lite";
import { classNames } from "../internal/classNames";
import { useLocale } from "../locale/LocaleProvider";

/** A mark per outcome, so that the badge never says it by colour alone. */
const marks: Record<DecisionOutcome, string> = {
  approved: "✓",
  amended: "±",
  noted: "i",
  postponed: "‖",
  rejected: "✕",
  unknown: "?",
};

export interface OutcomeBadgeProps {
  outcome: DecisionOutcome;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

/**
 * A decision's outcome as a badge: its name in words, a mark whose shape differs per outcome, and
 * a colour (`data-outcome` selects it in CSS). The words carry the meaning; shape and colour help
 * the eye find them.
 *
 * @example
 * <OutcomeBadge outcome="noted" /> // "i Taget til efterretning"
 */
export function OutcomeBadge({ outcome, locale, className }: OutcomeBadgeProps) {
  const active = useLocale(locale);
  return (
    <span className={classNames("mp-OutcomeBadge", className)} data-outcome={outcome}>
      <span className="mp-OutcomeBadge-mark" aria-hidden="true">
        {marks[outcome]}
      </span>
      {decisionOutcomeLabels[active][outcome]}
    </span>
  );
}
