import { tablePart } from "../internal/DataTableParts";
import { FilterSelects, SelectField } from "../internal/SelectField";
import type { AssessmentTexts } from "./texts";
import type { AssessmentTableModel } from "./useAssessmentTable";
import type { AssessmentShow } from "./worklist";

/** The assessment table's filters (centre, committee, what to show) and its undo and redo. */
export function AssessmentToolbar({ model, text }: { model: AssessmentTableModel; text: AssessmentTexts }) {
  return (
    <div className={tablePart("AssessmentTable", "toolbar")}>
      <FilterSelects filters={model.attributeFilters} labels={text} all={text.everyone} />
      <SelectField
        label={text.show}
        value={model.show}
        onChange={(value) => model.setShow(value as AssessmentShow)}
        options={[
          { value: "all", label: text.showAll },
          { value: "not-assessed", label: text.showNotAssessed },
          { value: "needs-note", label: text.showNeedsNote },
        ]}
      />
      <div className="mp-AssessmentTable-history">
        <button type="button" className="mp-Button" onClick={model.undo} disabled={!model.canUndo}>
          {text.undo}
        </button>
        <button type="button" className="mp-Button" onClick={model.redo} disabled={!model.canRedo}>
          {text.redo}
        </button>
      </div>
    </div>
  );
}
