import { download } from '../../components/download';
import { useI18n } from '../../i18n/i18n-context';
import { exportSurveyAnswers } from './rounds.api';

/** The file's bytes from the API's base64. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Downloads the round's answers as CSV (headers in the UI language; the API leaves out the contact). */
export function ExportAnswersButton({ roundId, busy, run }: { roundId: string; busy: boolean; run: (action: () => Promise<string>) => void }) {
  const { t, language } = useI18n();
  const save = () =>
    run(async () => {
      const file = await exportSurveyAnswers(roundId, language);
      download(file.fileName, new Blob([bytesOf(file.contentBase64)], { type: file.mediaType }));
      return file.fileName;
    });
  return (
    <button type="button" className="secondary" disabled={busy} onClick={save}>
      {t('surveyEditor.results.export')}
    </button>
  );
}
