import { useState } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { exportNetwork, type ExportFormat } from './import.api';
import { base64ToBytes } from './import-files';
import { download } from '../../components/download';

const formats: { format: ExportFormat; label: string }[] = [
  { format: 'XLSX', label: 'Excel (.xlsx)' },
  { format: 'CSV', label: 'CSV' },
  { format: 'GEXF', label: 'Gephi (.gexf)' },
  { format: 'GRAPHML', label: 'GraphML' },
  { format: 'JSON', label: 'JSON' },
];

/** Export of the whole network in the import's own columns (and for Gephi), to edit and import again. */
export function NetworkExport() {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  const run = async (format: ExportFormat) => {
    setStatus({ busy: true, message: t('import.exporting') });
    try {
      const files = await exportNetwork(format);
      for (const file of files) download(file.fileName, new Blob([base64ToBytes(file.contentBase64) as BlobPart], { type: file.mediaType }));
      setStatus({ busy: false, message: t('import.exported', { files: files.map((f) => f.fileName).join(', ') }) });
    } catch (error) {
      setStatus({ busy: false, message: t('import.failed', { message: describeError(error, language) }) });
    }
  };

  return (
    <section className="import-export" aria-label={t('import.exportTitle')}>
      <h3>{t('import.exportTitle')}</h3>
      <p className="hint">{t('import.exportIntro')}</p>
      <div className="import-actions">
        {formats.map(({ format, label }) => (
          <button key={format} type="button" disabled={status.busy} onClick={() => void run(format)}>
            {label}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="hint">{status.message}</p>
    </section>
  );
}
