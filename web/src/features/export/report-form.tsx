import { useId, useState } from 'react';
import { download } from '../../components/download';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { areaReport } from './report.api';

export interface ReportFormProps {
  /** The area shown; no report for the whole region. */
  areaId: string | null;
  /** Today (YYYY-MM-DD), the report's day and the latest day to compare with. */
  today: string;
}

/** A year before `day`: the default day to compare the key figures with. */
export function yearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // 29 February has no match a year earlier: take the 28th.
  const target = month === 2 && date === 29 ? 28 : date;
  return `${String(year - 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(target).padStart(2, '0')}`;
}

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i);
  return out;
}

/** Downloads the area's report (PDF) in the UI's language, its figures compared with a chosen day. */
export function ReportForm({ areaId, today }: ReportFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [since, setSince] = useState(() => yearBefore(today));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (areaId === null) return <p className="hint">{t('export.report.needsArea')}</p>;

  const write = async () => {
    setBusy(true);
    setStatus(t('export.report.writing'));
    try {
      const file = await areaReport(areaId, since, language);
      download(file.fileName, new Blob([bytes(file.contentBase64)], { type: file.mediaType }));
      setStatus(t('export.done', { file: file.fileName }));
    } catch (error) {
      setStatus(t('export.report.failed', { message: describeError(error, language) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-form">
      <label htmlFor={`${id}-since`}>{t('export.report.since')}</label>
      <input id={`${id}-since`} type="date" value={since} max={today} onChange={(event) => setSince(event.target.value)} />
      <button type="button" onClick={() => void write()} disabled={busy || since === ''}>
        {t('export.report.pdf')}
      </button>
      <p role="status" className="status-message">
        {status}
      </p>
    </div>
  );
}
