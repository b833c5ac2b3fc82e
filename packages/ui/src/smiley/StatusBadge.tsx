import {
  type LifecycleState,
  type Locale,
  lifecycleLabel,
  type Status,
  type StatusScale,
} from "@milepael/core/lite";
import { classNames } from "../internal/classNames";
import { useLocale } from "../locale/LocaleProvider";
import { Smiley, type SmileySize, smileyDefaults } from "./Smiley";

export interface StatusBadgeProps {
  status: Status;
  scale?: StatusScale;
  /** Completed, cancelled or without a baseline: shown as a mark and a word beside the smiley. */
  lifecycle?: LifecycleState;
  size?: SmileySize;
  /** `name` (default) shows the status's name; `meaning` its full meaning. */
  label?: "name" | "meaning";
  locale?: Locale;
  className?: string;
}

/**
 * A status with its name beside it, and the initiative's lifecycle when it is no longer simply
 * active: "✓ Afsluttet", "⊘ Annulleret". The mark and the word say it, not a colour.
 */
export function StatusBadge({
  status,
  scale = smileyDefaults.scale,
  lifecycle,
  size = smileyDefaults.size,
  label = "name",
  locale,
  className,
}: StatusBadgeProps) {
  const activeLocale = useLocale(locale);
  const showsLifecycle = lifecycle !== undefined && lifecycle !== "active";
  return (
    <span className={classNames("mp-StatusBadge", className)} data-status={status} data-lifecycle={lifecycle}>
      <Smiley status={status} scale={scale} size={size} label={label} locale={activeLocale} />
      {showsLifecycle && (
        <span className="mp-StatusBadge-lifecycle">
          <span aria-hidden="true" className="mp-StatusBadge-mark">
            {lifecycleMarks[lifecycle]}
          </span>
          {lifecycleLabel(lifecycle, activeLocale)}
        </span>
      )}
    </span>
  );
}

const lifecycleMarks: Record<LifecycleState, string> = {
  active: "",
  completed: "✓",
  cancelled: "⊘",
  "no-baseline": "○",
};
