/**
 * The selected activity of a plan widget, controlled (`selectedId` with `onSelectionChange`) or
 * uncontrolled (`defaultSelectedId`): the timeline's, the annual wheel's and the meeting
 * calendar's (its meetings are the activities of a plan). One shape, so a wheel and a timeline on
 * one page can share a selection.
 */
export interface SelectionState {
  /** The selected activity's id (in a meeting calendar, the meeting's); `null` for none. */
  selectedId?: string | null | undefined;
  defaultSelectedId?: string | null | undefined;
  onSelectionChange?: ((id: string | null) => void) | undefined;
}
