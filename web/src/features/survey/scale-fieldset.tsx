import { describedBy, FieldErrors } from './survey-field';

export interface ScaleOption<T> {
  value: T;
  label: string;
  /** A longer explanation under the label (the levels of collaboration have one). */
  description?: string;
}

/**
 * One question with a few answers (a level, a 1-4 scale) as radio buttons in a fieldset whose legend
 * is the question, so a screen reader names the group and each answer. The fieldset takes focus
 * when an error summary points at it.
 */
export function ScaleFieldset<T extends string | number | null>({
  id,
  legend,
  hint,
  options,
  value,
  errors,
  required,
  layout = 'list',
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly ScaleOption<T>[];
  value: T | null;
  errors: readonly string[];
  required?: boolean;
  /** `row`: the answers side by side (a 1-4 item on a phone), else one under the other. */
  layout?: 'list' | 'row';
  onChange: (value: T) => void;
}) {
  return (
    <fieldset id={id} className="survey-scale" tabIndex={-1} aria-describedby={describedBy(id, Boolean(hint), errors)} aria-invalid={errors.length > 0 || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="survey-hint">
          {hint}
        </p>
      )}
      <div className={layout === 'row' ? 'survey-scale-options survey-scale-row' : 'survey-scale-options'}>
        {options.map((option) => (
          <label key={String(option.value)} className={option.value === null ? 'survey-scale-option survey-scale-none' : 'survey-scale-option'}>
            <input type="radio" name={id} checked={value === option.value} required={required} onChange={() => onChange(option.value)} />
            <span>
              <span className="survey-scale-label">{option.label}</span>
              {/* A space between the two, so the radio button is named "1 helemaal niet", not "1helemaal niet". */}
              {option.description && <> <span className="survey-scale-description">{option.description}</span></>}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
