import type { Language } from '@weefsel/graph-schema';
import { useState } from 'react';
import { base64ToBytes, exportNetwork, type ExportedFile, type ExportFormat, type ExportScope } from '../api/export.api';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { download } from './download';

const formats: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'XLSX', label: 'export.data.xlsx' },
  { format: 'CSV', label: 'export.data.csv' },
  { format: 'JSON', label: 'export.data.json' },
  { format: 'GEXF', label: 'export.data.gexf' },
  { format: 'GRAPHML', label: 'export.data.graphml' },
];

/**
 * What to export: a scope of the network (`exportNetwork`), or other actors and relations the API
 * writes with the same writer (a survey round's reported network), named by `label`.
 */
export type ExportSource = { scope: ExportScope } | { load: (format: ExportFormat, language: Language) => Promise<ExportedFile[]>; label: string };

/**
 * The one export of data: the scope's actors and relations as files the API writes (the import's
 * own columns and headers, formula-guarded, importable again), in every format. The explorer
 * offers it for the area and day in view, the import page for the whole history, the survey
 * editors' view for a round's reported network.
 */
export function DataExport(source: ExportSource) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const label = 'label' in source ? source.label : undefined;

  const run = async (format: ExportFormat) => {
    setStatus({ busy: true, message: t('export.data.busy') });
    try {
      const files = 'scope' in source ? await exportNetwork(format, source.scope, language) : await source.load(format, language);
      for (const file of files) download(file.fileName, new Blob([base64ToBytes(file.contentBase64) as BlobPart], { type: file.mediaType }));
      setStatus({ busy: false, message: t('export.done', { file: files.map((f) => f.fileName).join(', ') }) });
    } catch (error) {
      setStatus({ busy: false, message: t('export.data.failed', { message: describeError(error, language) }) });
    }
  };

  return (
    <div className="data-export" role={label ? 'group' : undefined} aria-label={label}>
      {label && <p className="data-export-label">{label}</p>}
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
