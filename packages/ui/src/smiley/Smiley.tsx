import {
  isDefinedOnScale,
  type Locale,
  type Status,
  type StatusScale,
  statusFace,
  statusLabel,
} from "@milepael/core/lite";
import { classNames } from "../internal/classNames";
import { useLocale } from "../locale/LocaleProvider";

export type SmileySize = "sm" | "md" | "lg";

export interface SmileyProps {
  /** The assessment to show. */
  status: Status;
  /** Which scale the status belongs to; decides the wording. Default `milestone`. */
  scale?: StatusScale;
  /** `face` draws the smiley; `dot` a compact shape-coded mark for dense tables. Default `face`. */
  variant?: "face" | "dot";
  /** Default `md` (1.5em). */
  size?: SmileySize;
  /**
   * `none` (default) puts the words in the accessible name only; `name` shows "Grøn" beside the
   * mark; `meaning` shows "Grøn: Milepæl er opfyldt".
   */
  label?: "none" | "name" | "meaning";
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

/** What a smiley shows when a prop is left out; `StatusBadge` shares them. */
export const smileyDefaults = {
  scale: "milestone",
  variant: "face",
  size: "md",
  label: "none",
} as const satisfies Required<Pick<SmileyProps, "scale" | "variant" | "size" | "label">>;

/**
 * A status as a face that differs by shape as well as colour, with its meaning as text beside it
 * or as its accessible name ("Grøn: Milepæl er opfyldt"). The face is one element drawn by CSS
 * (the disc is its box, the eyes and mouth gradients in its background, no pseudo-elements), so a
 * table of 125 smileys is 125 boxes to lay out, not 375; with words beside it, the face and the
 * words are two elements in the smiley's.
 */
export function Smiley({
  status,
  scale = smileyDefaults.scale,
  variant = smileyDefaults.variant,
  size = smileyDefaults.size,
  label = smileyDefaults.label,
  locale,
  className,
}: SmileyProps) {
  const activeLocale = useLocale(locale);
  const { name, meaning } = statusLabel(status, scale, activeLocale);
  const accessibleName = `${name}: ${meaning}`;
  const visibleText = label === "name" ? name : label === "meaning" ? accessibleName : null;
  const attributes = {
    "data-status": status,
    "data-scale": scale,
    "data-size": size,
    "data-variant": variant,
    "data-face": statusFace(status),
    "data-undefined-on-scale": isDefinedOnScale(scale, status) ? undefined : "",
    title: visibleText === accessibleName ? undefined : accessibleName,
  };
  if (visibleText === null)
    return (
      <span
        className={classNames("mp-Smiley mp-Smiley-mark", className)}
        role="img"
        aria-label={accessibleName}
        {...attributes}
      />
    );
  return (
    <span className={classNames("mp-Smiley", className)} {...attributes}>
      <span className="mp-Smiley-mark" aria-hidden="true" />
      <span className="mp-Smiley-label">{visibleText}</span>
    </span>
  );
}
