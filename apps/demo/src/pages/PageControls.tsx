import type { ReactNode } from "react";

/**
 * A page's choice (round, plan) and its print button, above the widgets; `actions` (the committee
 * paper's buttons, issue #21) take the print button's place.
 */
export function PageControls({
  label,
  value,
  options,
  onChange,
  printLabel,
  actions,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  printLabel: string;
  actions?: ReactNode;
}) {
  return (
    <div className="demo-controls">
      <label className="mp-Field">
        <span>{label}</span>
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {actions ?? (
        <button type="button" className="mp-Button demo-print" onClick={() => window.print()}>
          {printLabel}
        </button>
      )}
    </div>
  );
}
