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
