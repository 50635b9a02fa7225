import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';

export interface ConfirmButtonProps {
  label: string;
  /** The question asked before acting, e.g. "Delete X and its relations?". */
  question: string;
  onConfirm: () => Promise<void>;
}

/** A destructive action asked twice: the first press asks, the second (on "yes") acts. */
export function ConfirmButton({ label, question, onConfirm }: ConfirmButtonProps) {
  const { t, language } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // The error itself (null: none), worded when shown so switching the language rewords it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      setAsking(false);
    } catch (error) {
      setFailure({ error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button ref={yesRef} type="button" className="danger" disabled={busy} onClick={confirm}>
        {t('editing.deleteYes')}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
      {failure && (
        <p role="alert" className="error">
          {describeError(failure.error, language)}
        </p>
      )}
    </div>
  );
}
