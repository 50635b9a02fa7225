import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { exportNetwork, type ExportFormat } from './import.api';
import { base64ToBytes } from './import-files';

const formats: { format: ExportFormat; label: string }[] = [
  { format: 'XLSX', label: 'Excel (.xlsx)' },
  { format: 'CSV', label: 'CSV' },
  { format: 'GEXF', label: 'Gephi (.gexf)' },
  { format: 'GRAPHML', label: 'GraphML' },
  { format: 'JSON', label: 'JSON' },
];

function download(fileName: string, mediaType: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export of the whole network in the import's own columns (and for Gephi), to edit and import again. */
export function NetworkExport() {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  const run = async (format: ExportFormat) => {
    setStatus({ busy: true, message: t('import.exporting') });
    try {
      const files = await exportNetwork(format);
      for (const file of files) download(file.fileName, file.mediaType, base64ToBytes(file.contentBase64));
      setStatus({ busy: false, message: t('import.exported', { files: files.map((f) => f.fileName).join(', ') }) });
    } catch (error) {
      setStatus({ busy: false, message: t('import.failed', { message: error instanceof Error ? error.message : String(error) }) });
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
