import { useState } from 'react';
import { base64ToBytes, exportNetwork, type ExportFormat, type ExportScope } from '../api/export.api';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { download } from './download';

const formats: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'XLSX', label: 'dataExportXlsx' },
  { format: 'CSV', label: 'dataExportCsv' },
  { format: 'JSON', label: 'dataExportJson' },
  { format: 'GEXF', label: 'dataExportGexf' },
  { format: 'GRAPHML', label: 'dataExportGraphml' },
];

/**
 * The one export of data: the scope's actors and relations as files the API writes (the import's
 * own columns and headers, formula-guarded, importable again), in every format. The explorer
 * offers it for the area and day in view, the import page for the whole history.
 */
export function DataExport({ scope }: { scope: ExportScope }) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  const run = async (format: ExportFormat) => {
    setStatus({ busy: true, message: t('dataExportBusy') });
    try {
      const files = await exportNetwork(format, scope, language);
      for (const file of files) download(file.fileName, new Blob([base64ToBytes(file.contentBase64) as BlobPart], { type: file.mediaType }));
      setStatus({ busy: false, message: t('exportDone', { file: files.map((f) => f.fileName).join(', ') }) });
    } catch (error) {
      setStatus({ busy: false, message: t('dataExportFailed', { message: describeError(error, language) }) });
    }
  };

  return (
    <div className="data-export">
      <div className="button-row">
        {formats.map(({ format, label }) => (
          <button key={format} type="button" disabled={status.busy} onClick={() => void run(format)}>
            {t(label)}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="status-message">
        {status.message}
      </p>
    </div>
  );
}
