import { todayInBrussels } from '@weefsel/graph-schema';
import { useId } from 'react';
import type { ViewTime } from '../api/view-time';
import { useI18n } from '../i18n/i18n-context';
import { formatDay } from '../i18n/format';

/** Which sentence says what the view shows: a chosen day in the future is not spoken of in the past. */
export function dateHintKey(time: ViewTime, today: string): 'date.hint.history' | 'date.hint.future' | 'date.hint.set' | 'date.hint.today' {
  if (time.history) return 'date.hint.history';
  if (time.asOf === null) return 'date.hint.today';
  return time.asOf > today ? 'date.hint.future' : 'date.hint.set';
}

export interface DatePickerProps {
  time: ViewTime;
  onChange: (time: ViewTime) => void;
}

/**
 * Which network is shown (docs/time.md): today's by default, the one of a chosen day, or, as an
 * explicit choice, every relation ever recorded (ended ties drawn faded).
 */
export function DatePicker({ time, onChange }: DatePickerProps) {
  const { t, language } = useI18n();
  const id = useId();
  // The same "today" as the API's: the calendar day in Brussels.
  const today = todayInBrussels();
  const hint = t(dateHintKey(time, today), { date: formatDay(time.asOf ?? today, language, 'long') });
  return (
    <div className="control date-picker">
      <label htmlFor={id}>{t('date.label')}</label>
      <div className="inline">
        <input
          id={id}
          type="date"
          value={time.history ? '' : (time.asOf ?? '')}
          disabled={time.history}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ asOf: event.target.value || null, history: false })}
        />
        {time.asOf && !time.history && (
          <button type="button" className="secondary" onClick={() => onChange({ asOf: null, history: false })}>
            {t('date.clear')}
          </button>
        )}
        <label className="date-history">
          <input type="checkbox" checked={time.history} onChange={(event) => onChange({ asOf: null, history: event.target.checked })} />
          {t('date.history')}
        </label>
      </div>
      <span id={`${id}-hint`} className="hint" data-testid="date-hint">
        {hint}
      </span>
    </div>
  );
}
