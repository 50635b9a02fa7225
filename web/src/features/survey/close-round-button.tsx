import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** Closes a round before its close date, after asking: every personal link stops working at once. */
export function CloseRoundButton({ title, busy, onClose }: { title: string; busy: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(true)}>
        {t('surveyEditor.close')}
      </button>
    );
  }
  return (
    <div className="survey-row" role="group" aria-label={t('surveyEditor.close')}>
      <p>{t('surveyEditor.closeQuestion', { title })}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onClose();
        }}
      >
        {t('surveyEditor.closeYes')}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('surveyEditor.closeNo')}
      </button>
    </div>
  );
}
