import type { ReactNode } from 'react';

/** Ids that tie an input to its hint and error, so a screen reader reads them with the label. */
export function describedBy(id: string, hint: boolean, errors: readonly string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The error line under a field (or a group of radio buttons), linked by id from the field. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <p id={`${id}-error`} className="survey-field-error">
      {errors.join('; ')}
    </p>
  );
}

/** A labelled field whose hint and errors are read out with it (aria-describedby, aria-invalid). */
export function SurveyField({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors: readonly string[];
  children: (props: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined }) => ReactNode;
}) {
  return (
    <div className="survey-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="survey-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy(id, Boolean(hint), errors), 'aria-invalid': errors.length > 0 ? true : undefined })}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}
