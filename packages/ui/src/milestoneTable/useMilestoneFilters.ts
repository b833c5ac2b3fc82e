import { type BudgetFollowUp, type Locale, reportingRound, type Status } from "@milepael/core/lite";
import type { ColumnFiltersState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { Updater } from "../internal/useControllableState";
import { useValueFilters } from "../internal/useValueFilters";
import { type AttributeColumn, attributeColumns, roundColumnId } from "./columns";
import { sortNames } from "./optionOrder";
import type { MilestoneRow } from "./rows";

function roundFilterRound(filters: readonly { id: string }[]): string | undefined {
  return filters.find((filter) => filter.id.startsWith("round:"))?.id.slice("round:".length);
}

/**
 * The committees, centres and kinds the initiatives name, each once, sorted as the locale's
 * collator sorts: what each attribute's filter offers. One pass over the rows, no array per
 * attribute.
 *
 * @example
 * attributeFilterOptions(rows, "da").committee; // ["Børne- og Ungeudvalget", "Økonomiudvalget"]
 */
export function attributeFilterOptions(
  data: readonly MilestoneRow[],
  locale: Locale,
): Record<AttributeColumn, string[]> {
  const committee = new Set<string>();
  const centre = new Set<string>();
  const kind = new Set<string>();
  for (const { initiative } of data) {
    if (initiative.responsibleCommittee) committee.add(initiative.responsibleCommittee);
    if (initiative.responsibleCenter) centre.add(initiative.responsibleCenter);
    if (initiative.kind) kind.add(initiative.kind);
  }
  return {
    committee: sortNames([...committee], locale),
    centre: sortNames([...centre], locale),
    kind: sortNames([...kind], locale),
  };
}

/**
 * The table's column filters as a reader sets them: one round's status, and an exact value of
 * committee, centre or kind, each with the values it can take.
 *
 * @example
 * const filters = useMilestoneFilters(followUp, rows, columnFilters, setColumnFilters, "da");
 * filters.setRoundFilter("2017-3", "red");
 */
export function useMilestoneFilters(
  document: BudgetFollowUp,
  data: readonly MilestoneRow[],
  columnFilters: ColumnFiltersState,
  setColumnFilters: (updater: Updater<ColumnFiltersState>) => void,
  locale: Locale,
  page: { round?: string | undefined; onRoundChange?: ((round: string) => void) | undefined } = {},
) {
  /**
   * The round the status filter applies to: the page's round, else the filtered one, else the
   * reporting round.
   */
  const round =
    page.round ?? roundFilterRound(columnFilters) ?? reportingRound(document) ?? document.rounds.at(-1)?.id;
  const roundStatus = columnFilters.find((filter) => filter.id === roundColumnId(round ?? ""))?.value as
    | Status
    | undefined;
  const attributeOptions = useMemo(() => attributeFilterOptions(data, locale), [data, locale]);
  // The toolbar offers a select only for an attribute the document fills in.
  const offered = useMemo(
    () => attributeColumns.filter((column) => attributeOptions[column].length > 0),
    [attributeOptions],
  );
  const attributeFilters = useValueFilters(offered, attributeOptions, columnFilters, setColumnFilters);
  return {
    columnFilters,
    setColumnFilters,
    round,
    roundStatus,
    /** Shows only the initiatives with `status` at a round; no status clears the filter. */
    setRoundFilter: (roundId: string | undefined, status: Status | undefined) => {
      if (roundId && roundId !== round) page.onRoundChange?.(roundId);
      setColumnFilters((previous) => [
        ...previous.filter((filter) => !filter.id.startsWith("round:")),
        ...(roundId && status ? [{ id: roundColumnId(roundId), value: status }] : []),
      ]);
    },
    /** The values committee, centre and kind take in the document, sorted. */
    attributeOptions,
    /**
     * The committee, centre and kind filters as one object for `FilterSelects`: the attributes
     * the document fills in, their values, and the filters' values and setter. The same object
     * until one of them changes, so a memoised toolbar is not drawn again while a search is typed.
     */
    attributeFilters,
    /** An attribute's filter value, `""` for none. */
    attributeValue: attributeFilters.value,
    /** Shows only the initiatives with this value; `""` clears the filter. */
    setAttribute: attributeFilters.onChange,
  };
}
