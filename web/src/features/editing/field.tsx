import type { ReactNode } from 'react';

/** A labelled form field whose API problems are read out with it (aria-describedby, aria-invalid). */
export function Field({ id, label, errors, children }: { id: string; label: string; errors: string[] | undefined; children: (describedBy: string | undefined, invalid: boolean) => ReactNode }) {
  const errorId = `${id}-error`;
  const invalid = (errors?.length ?? 0) > 0;
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      {children(invalid ? errorId : undefined, invalid)}
      {invalid && (
        <p id={errorId} className="field-error">
          {label}: {errors?.join('; ')}
        </p>
      )}
    </div>
  );
}

/** A Field holding a select of `options` (value and shown label). */
export function SelectField<T extends string>({
  id,
  label,
  errors,
  value,
  options,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  errors: string[] | undefined;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(describedBy, invalid) => (
        <select id={id} value={value} disabled={disabled} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
