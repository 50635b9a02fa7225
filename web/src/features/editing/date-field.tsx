import { Field } from './field';

export interface DateValue {
  /** YYYY-MM-DD, or empty. */
  value: string;
  /** The input holds text that is not a whole date: the browser then reports an empty value. */
  unreadable: boolean;
}

/**
 * A date input that does not lose a half-typed date: the browser gives "" for both an empty field and
 * one it cannot read, so `validity.badInput` tells them apart and the form can say so at the field.
 */
export function DateField({ id, label, errors, value, onChange }: { id: string; label: string; errors: string[] | undefined; value: string; onChange: (next: DateValue) => void }) {
  const read = (input: HTMLInputElement) => onChange({ value: input.value, unreadable: input.validity.badInput });
  return (
    <Field id={id} label={label} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type="date"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => read(event.target)}
          // A half-typed date changes nothing React sees (the value stays ""): read it when leaving the field.
          onBlur={(event) => read(event.target)}
        />
      )}
    </Field>
  );
}
