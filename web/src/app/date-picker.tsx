import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';

export interface DatePickerProps {
  /** YYYY-MM-DD, or null for every relation recorded. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/** The day the network is seen as it stood; empty shows every relation ever recorded. */
export function DatePicker({ value, onChange }: DatePickerProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="control date-picker">
      <label htmlFor={id}>{t('dateLabel')}</label>
      <div className="inline">
        <input id={id} type="date" value={value ?? ''} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value || null)} />
        {value && (
          <button type="button" className="secondary" onClick={() => onChange(null)}>
            {t('dateClear')}
          </button>
        )}
      </div>
      <span id={`${id}-hint`} className="hint">
        {value ? t('dateHintSet', { date: value }) : t('dateHintAll')}
      </span>
    </div>
  );
}
