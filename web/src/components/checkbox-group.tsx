import { useId } from 'react';

export interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  /** Shown next to the legend when nothing is chosen, e.g. "all". */
  noneChosen?: string;
}

/** A fieldset of checkboxes; the chosen values keep the order of `options`. */
export function CheckboxGroup<T extends string>({ legend, options, labelOf, chosen, onChange, noneChosen }: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) => onChange(options.filter((option) => (option === value ? on : chosen.includes(option))));
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend}
        {chosen.length === 0 && noneChosen ? <span className="hint"> ({noneChosen})</span> : <span className="hint"> ({chosen.length})</span>}
      </legend>
      {options.map((option) => (
        <label key={option} htmlFor={`${id}-${option}`}>
          <input id={`${id}-${option}`} type="checkbox" value={option} checked={chosen.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />
          {labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
}
