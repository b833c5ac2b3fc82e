import {
  isDefinedOnScale,
  type Locale,
  type SmileyFace,
  type Status,
  type StatusScale,
  statusFace,
  statusLabel,
} from "@milepael/core/lite";
import type { ReactNode } from "react";
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

/**
 * A status as a face that differs by shape as well as colour, with its meaning as text beside it
 * or as its accessible name ("Grøn: Milepæl er opfyldt").
 */
export function Smiley({
  status,
  scale = "milestone",
  variant = "face",
  size = "md",
  label = "none",
  locale,
  className,
}: SmileyProps) {
  const activeLocale = useLocale(locale);
  const { name, meaning } = statusLabel(status, scale, activeLocale);
  const accessibleName = `${name}: ${meaning}`;
  const visibleText = label === "name" ? name : label === "meaning" ? accessibleName : null;
  const face = statusFace(status);
  const Mark = variant === "dot" ? DotMark : FaceMark;

  return (
    <span
      className={["mp-Smiley", className].filter(Boolean).join(" ")}
      data-status={status}
      data-scale={scale}
      data-size={size}
      data-variant={variant}
      data-undefined-on-scale={isDefinedOnScale(scale, status) ? undefined : ""}
      title={visibleText === accessibleName ? undefined : accessibleName}
    >
      {visibleText === null ? (
        <Mark face={face} label={accessibleName} />
      ) : (
        <>
          <Mark face={face} />
          <span className="mp-Smiley-label">{visibleText}</span>
        </>
      )}
    </span>
  );
}

interface MarkProps {
  face: SmileyFace;
  /** The accessible name; without one the mark is decoration beside visible text. */
  label?: string;
}

/** The SVG root of a mark: named as an image, or hidden when text beside it says the same. */
function MarkSvg({
  label,
  viewBox,
  children,
}: {
  label?: string | undefined;
  viewBox: string;
  children: ReactNode;
}) {
  return label === undefined ? (
    <svg className="mp-Smiley-mark" viewBox={viewBox} focusable="false" aria-hidden="true">
      {children}
    </svg>
  ) : (
    <svg className="mp-Smiley-mark" viewBox={viewBox} focusable="false" role="img" aria-label={label}>
      {children}
    </svg>
  );
}

/** Eyes and mouth on a 24×24 grid; the mouth's curve is the shape that carries the status. */
function FaceMark({ face, label }: MarkProps) {
  return (
    <MarkSvg viewBox="0 0 24 24" label={label}>
      <circle className="mp-Smiley-disc" cx="12" cy="12" r="10.5" />
      {face === "none" ? (
        <line className="mp-Smiley-feature" x1="8" y1="12" x2="16" y2="12" />
      ) : (
        <>
          <circle className="mp-Smiley-eye" cx="8.5" cy="9.5" r="1.5" />
          <circle className="mp-Smiley-eye" cx="15.5" cy="9.5" r="1.5" />
          <path className="mp-Smiley-feature" d={mouthPath[face]} />
        </>
      )}
    </MarkSvg>
  );
}

const mouthPath = {
  happy: "M7 14.5 Q12 19 17 14.5",
  neutral: "M7.5 15.5 H16.5",
  sad: "M7 17.5 Q12 13 17 17.5",
} as const;

/** Compact marks that still differ by shape: disc, diamond, square, and a hollow dashed ring. */
function DotMark({ face, label }: MarkProps) {
  return (
    <MarkSvg viewBox="0 0 12 12" label={label}>
      {face === "happy" && <circle className="mp-Smiley-disc" cx="6" cy="6" r="5" />}
      {face === "neutral" && <path className="mp-Smiley-disc" d="M6 0.8 L11.2 6 L6 11.2 L0.8 6 Z" />}
      {face === "sad" && <rect className="mp-Smiley-disc" x="1.2" y="1.2" width="9.6" height="9.6" />}
      {face === "none" && <circle className="mp-Smiley-disc" cx="6" cy="6" r="4.5" />}
    </MarkSvg>
  );
}
