import type { ReactNode } from "react";

/**
 * Terms and their values as a description list, leaving out those without a value: the facts of
 * an initiative's or an activity's details. A fact's third element is the value's `lang`, for
 * Danish data on an English page.
 *
 * @example
 * <FactList facts={[["Tema", "Kommunikation", "da"], ["Ansvarlig", undefined]]} />
 */
export function FactList({
  facts,
  className,
}: {
  facts: readonly (readonly [term: string, value: ReactNode | undefined, lang?: string | undefined])[];
  className?: string;
}) {
  return (
    <dl className={className}>
      {facts.map(([term, value, lang]) =>
        value === undefined ? null : (
          <div key={term}>
            <dt>{term}</dt>
            <dd lang={lang}>{value}</dd>
          </div>
        ),
      )}
    </dl>
  );
}
