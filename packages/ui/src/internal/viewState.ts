/**
 * Which of its views a widget shows, controlled (`view` with `onViewChange`) or uncontrolled
 * (`defaultView`): the meeting calendar's wheel or timeline, the timeline's chart or list. One
 * shape, as `SelectionState` is for the selection.
 */
export interface ViewState<View extends string> {
  /** The view shown; the widget's view type says which there are and which it opens with. */
  view?: View;
  defaultView?: View;
  onViewChange?: (view: View) => void;
}
