import type { Locale, PlanDocument, Status } from "@milepael/core/lite";
import { type KeyboardEvent, useId, useState } from "react";
import { classNames } from "../internal/classNames";
import { dataLang } from "../internal/dataLang";
import { ActivityDetails } from "../plan/ActivityDetails";
import { ActivityTable } from "../plan/ActivityTable";
import { rowKey } from "../plan/layout";
import { AgendaList } from "./AgendaList";
import { TimelineAxis } from "./TimelineAxis";
import { TimelineItem } from "./TimelineItem";
import { TimelineToolbar } from "./TimelineToolbar";
import { UnplacedItems } from "./UnplacedItems";
import { type TimelineState, useTimeline } from "./useTimeline";

export type { DateRange } from "./useTimelineRange";

export interface TimelineProps extends TimelineState {
  document: PlanDocument;
  /** Where to draw the today marker, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null | undefined;
  /** A status per activity id: its diamond carries the smiley (see `followUpMilestones`). */
  statuses?: Readonly<Record<string, Status>>;
  /** Rows are virtualised above this many. Default 60. */
  virtualizeAbove?: number;
  caption?: string;
  /**
   * Show the selected activity's details panel. Default `true`; `false` where another widget on
   * the page (an annual wheel sharing the selection) shows the same details.
   */
  showDetails?: boolean;
  locale?: Locale;
  className?: string;
}

/**
 * A plan's activities on a time axis, drawn as precisely as they were written: exact days
 * solid, parts of months and seasons with soft or hatched ends, either-or dates as their
 * alternatives, ongoing work apart. Lanes by theme, participants, responsible or track; zoom and
 * pan by buttons, keys, wheel and drag; a details panel; an agenda list as the narrow-screen
 * view and accessible alternative. Built on `useTimeline`, which serves other markup as well.
 */
export function Timeline({
  document,
  caption,
  statuses,
  showDetails = true,
  className,
  ...options
}: TimelineProps) {
  const timeline = useTimeline(document, { ...options, statuses });
  const { text, locale, range, rows, virtual, selectedId, selected } = timeline;
  const panelId = `${useId()}-details`;
  const detailsId = showDetails ? panelId : "";
  const label = caption ?? document.metadata.title;
  // Details opened by Enter or Space take the focus; Escape or the close button hand it back to
  // the activity that opened them.
  const [openedByKey, setOpenedByKey] = useState(false);
  const closeDetails = () => {
    const id = selectedId;
    timeline.setSelectedId(null);
    if (id)
      timeline.rootRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && selected && showDetails) {
      event.preventDefault();
      closeDetails();
      return;
    }
    timeline.onKeyDown(event);
  };
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const onItem = (event.target as HTMLElement).dataset?.itemId !== undefined;
    if (onItem && (event.key === "Enter" || event.key === " ")) setOpenedByKey(true);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: + − 0 bubble up from the focusable items and buttons inside; the div itself takes no focus.
    <div
      ref={timeline.rootRef}
      className={classNames("mp-Timeline", className)}
      data-view={timeline.view}
      data-unit={timeline.unit}
      onKeyDown={onKeyDown}
      onKeyDownCapture={onKeyDownCapture}
      onPointerDownCapture={() => setOpenedByKey(false)}
    >
      <TimelineToolbar timeline={timeline} />
      {timeline.view === "agenda" ? (
        <AgendaList
          document={document}
          laneBy={timeline.laneBy === "none" ? "theme" : timeline.laneBy}
          locale={locale}
          selectedId={selectedId}
          onSelect={timeline.select}
        />
      ) : (
        <section className="mp-Timeline-chart" aria-label={label}>
          <p className="mp-visually-hidden">{text.timelineKeys}</p>
          <div className="mp-Timeline-viewport" {...timeline.viewportProps}>
            <div className="mp-Timeline-rows" ref={virtual.scrollRef}>
              <div className="mp-Timeline-content">
                <TimelineAxis timeline={timeline} />
                <UnplacedItems kind="ongoing" timeline={timeline} />
                {virtual.paddingTop > 0 && <div style={{ height: virtual.paddingTop }} />}
                {virtual.indices.map((index) => {
                  const row = rows[index];
                  if (!row) return null;
                  if (row.kind === "lane") {
                    return (
                      <h4
                        key={`lane:${row.key}`}
                        className="mp-Timeline-lane"
                        data-index={index}
                        ref={virtual.measureElement}
                      >
                        <span lang={row.key === text.noLane ? undefined : dataLang(locale)}>{row.key}</span>{" "}
                        <span className="mp-Timeline-count">({text.activities(row.count)})</span>
                      </h4>
                    );
                  }
                  return (
                    <div
                      key={`row:${row.lane}:${row.row}`}
                      className="mp-Timeline-row"
                      data-index={index}
                      ref={virtual.measureElement}
                    >
                      {(timeline.itemsByRow.get(rowKey(row.lane, row.row)) ?? [])
                        .filter(timeline.visible)
                        .map((item) => {
                          const label = timeline.labelOf(item);
                          return (
                            <TimelineItem
                              key={item.id}
                              item={item}
                              rangeStart={range.start}
                              rangeEnd={range.end}
                              selected={selectedId === item.id}
                              tabIndex={item.id === timeline.roving.tabStop ? 0 : -1}
                              status={statuses?.[item.id]}
                              locale={locale}
                              labelSide={label.side}
                              labelMaxWidth={label.maxWidth}
                              detailsId={detailsId}
                              onActivate={timeline.activate}
                              onItemKeyDown={timeline.roving.onKeyDown}
                            />
                          );
                        })}
                    </div>
                  );
                })}
                {virtual.paddingBottom > 0 && <div style={{ height: virtual.paddingBottom }} />}
              </div>
            </div>
          </div>
          <ActivityTable
            caption={label}
            items={[...timeline.order, ...timeline.layout.unplaced]}
            laneBy={timeline.laneBy}
            locale={locale}
          />
          <UnplacedItems kind="undated" timeline={timeline} />
        </section>
      )}
      {selected && showDetails && (
        <ActivityDetails
          id={panelId}
          activity={selected.activity}
          when={selected.when}
          locale={locale}
          focusOnOpen={openedByKey}
          onClose={closeDetails}
        />
      )}
    </div>
  );
}
