/**
 * Terms and their values as a description list, leaving out those without a value: the facts of
 * an initiative's or an activity's details.
 *
 * @example
 * <FactList facts={[["Tema", "Kommunikation"], ["Ansvarlig", undefined]]} />
 */
export function FactList({
  facts,
  className,
}: {
  facts: readonly [string, string | undefined][];
  className?: string;
}) {
  return (
    <dl className={className}>
      {facts.map(([term, value]) =>
        value === undefined ? null : (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ),
      )}
    </dl>
  );
}
