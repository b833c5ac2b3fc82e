import { type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject, useId, useRef } from "react";
import { classNames } from "./classNames";
import { SpacerRow, tablePart } from "./DataTableParts";
import { type SortableHeader, SortableHeaderRow } from "./SortableHeaderRow";

export interface DataTableFrameProps {
  /** The widget's name in its class names: `MilestoneTable` gives `mp-MilestoneTable-…`. */
  widget: string;
  className?: string | undefined;
  /** The toolbar above the count. */
  toolbar: ReactNode;
  /** "Viser 5 af 5 punkter": announced as a status. */
  count: string;
  caption: string;
  /** How the keys work, read by screen readers after the caption. */
  keysHint: string;
  headers: readonly SortableHeader[];
  headerLabel: (columnId: string) => string;
  colSpan: number;
  /** The body's virtual lines and tab stop, from `useDataTableBody`. */
  body: {
    virtual: {
      scrollRef: RefObject<HTMLDivElement | null>;
      virtualized: boolean;
      paddingTop: number;
      paddingBottom: number;
    };
    roving: { onKeyDown: (event: KeyboardEvent<Element>) => void };
    /** Moves a Tab from outside to a row in view. */
    onFocus: (event: FocusEvent<HTMLElement>) => void;
  };
  lineCount: number;
  /** Said in the body when there are no lines. */
  empty: string;
  /** The drawn lines. */
  children: ReactNode;
}

/**
 * A data table's frame: toolbar, count, scroller, caption with the keys, sortable header, and a
 * body with virtual spacers, the roving tab stop's keys and an empty line. The widget draws its
 * lines as children.
 *
 * @example
 * <DataTableFrame widget="DecisionLog" toolbar={toolbar} count={text.shownOf(3, 5)} … >{rows}</DataTableFrame>
 */
export function DataTableFrame(props: DataTableFrameProps) {
  const { widget, body, colSpan } = props;
  const { virtual } = body;
  const hintId = `${useId()}-keys`;
  // The scroll position at the last scroll event. Chrome scrolls a sticky header's button to where
  // the header would stand unstuck when it takes the focus (the table's top): Tab through the
  // header of a scrolled table sent the reader back to the first row. Its scroll event comes a
  // frame later, so at the focus event this is still the position the reader chose.
  const lastScrollTop = useRef(0);
  const keepScrollPosition = () => {
    const scroller = virtual.scrollRef.current;
    if (scroller && scroller.scrollTop !== lastScrollTop.current) scroller.scrollTop = lastScrollTop.current;
  };
  return (
    <div
      className={classNames(`mp-DataTable mp-${widget}`, props.className)}
      data-virtualized={virtual.virtualized ? "" : undefined}
    >
      {props.toolbar}
      <p className="mp-visually-hidden" id={hintId}>
        {props.keysHint}
      </p>
      <p className={tablePart(widget, "count")} role="status">
        {props.count}
      </p>
      <div
        className={tablePart(widget, "scroller")}
        ref={virtual.scrollRef}
        onScroll={(event) => {
          lastScrollTop.current = event.currentTarget.scrollTop;
        }}
      >
        <table
          className={tablePart(widget, "table")}
          aria-rowcount={virtual.virtualized ? props.lineCount + 1 : undefined}
          aria-describedby={hintId}
        >
          {/* The caption names the table; the keys are its description, not part of its name. */}
          <caption>{props.caption}</caption>
          <thead onFocus={keepScrollPosition}>
            <SortableHeaderRow widget={widget} headers={props.headers} label={props.headerLabel} />
          </thead>
          <tbody onKeyDown={(event) => body.roving.onKeyDown(event)} onFocus={body.onFocus}>
            <SpacerRow height={virtual.paddingTop} colSpan={colSpan} />
            {props.children}
            <SpacerRow height={virtual.paddingBottom} colSpan={colSpan} />
            {props.lineCount === 0 && (
              <tr>
                <td colSpan={colSpan} className={tablePart(widget, "empty")}>
                  {props.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
