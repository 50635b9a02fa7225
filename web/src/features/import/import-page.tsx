import { hasRole } from '@weefsel/graph-schema';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../components/session-context';
import { importFiles, importMaxBytes, type ImportResult, type UploadFile } from './import.api';
import { bytesToBase64, changeKey, mappingOf, unsupportedFiles } from './import-files';
import { MappingTable } from './mapping-table';
import { DataExport } from '../../components/data-export';
import { PlanPreview } from './plan-preview';
import './import-page.css';

type Phase = 'reading' | 'checking' | 'applying';

/** What the page shows: a union, so "applied with problems" or "busy with a result" cannot happen. */
type ImportState =
  | { status: 'idle' }
  | { status: 'busy'; phase: Phase; files: UploadFile[] | null; result: ImportResult | null }
  | { status: 'planned'; files: UploadFile[]; result: ImportResult }
  | { status: 'applied'; result: ImportResult }
  // The error itself, worded when shown: switching the language rewords it.
  | { status: 'failed'; error: unknown; files: UploadFile[] | null; result: ImportResult | null };

const templates = { empty: '/templates/weefsel-template.xlsx', example: '/templates/weefsel-voorbeeld.xlsx' };

async function readFiles(list: FileList): Promise<UploadFile[]> {
  return Promise.all(Array.from(list, async (file) => ({ name: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
}

/** Import page: pick files, check the column mapping, preview counts and problems, then apply. */
export function ImportPage() {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const titleId = useId();
  const fileId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [changes, setChanges] = useState<Record<string, string | null>>({});
  const canImport = session.status === 'user' && hasRole(session.user.role, 'editor');

  const fail = (error: unknown, files: UploadFile[] | null, result: ImportResult | null) =>
    setState({ status: 'failed', error, files, result });

  const check = async (files: UploadFile[], nextChanges: Record<string, string | null>, previous: ImportResult | null) => {
    setState({ status: 'busy', phase: 'checking', files, result: previous });
    try {
      const result = await importFiles(files, previous ? mappingOf(previous.sheets, nextChanges) : [], true);
      setState({ status: 'planned', files, result });
    } catch (error) {
      fail(error, files, previous);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = event.target.files;
    if (!list || list.length === 0) return;
    const unsupported = unsupportedFiles(Array.from(list, (f) => f.name));
    if (unsupported.length > 0) return fail(new Error(t('import.unsupported', { files: unsupported.join(', ') })), null, null);
    const bytes = Array.from(list).reduce((sum, f) => sum + f.size, 0);
    setChanges({});
    setState({ status: 'busy', phase: 'reading', files: null, result: null });
    try {
      // The server's limit, asked before a long upload that would only be refused.
      const max = await importMaxBytes();
      if (bytes > max) return fail(new Error(t('import.tooLarge', { size: Math.ceil(bytes / 1024 / 1024), max: Math.floor(max / 1024 / 1024) })), null, null);
      await check(await readFiles(list), {}, null);
    } catch (error) {
      fail(error, null, null);
    }
  };

  const apply = async () => {
    if (state.status !== 'planned') return;
    const { files, result } = state;
    setState({ status: 'busy', phase: 'applying', files, result });
    try {
      setState({ status: 'applied', result: await importFiles(files, mappingOf(result.sheets, changes), false) });
    } catch (error) {
      fail(error, files, result);
    }
  };

  const reset = () => {
    setChanges({});
    setState({ status: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  };

  const busy = state.status === 'busy';
  const result = state.status === 'idle' ? null : state.result;
  const files = state.status === 'planned' || state.status === 'busy' || state.status === 'failed' ? state.files : null;
  const summary = state.status === 'applied' ? state.result.summary : null;

  return (
    <section className="import-page" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <nav className="import-templates" aria-label={t('import.templatesLabel')}>
        <a href={templates.empty} download>{t('import.templateLink')}</a>
        <a href={templates.example} download>{t('import.exampleLink')}</a>
      </nav>
      {!canImport ? (
        <p className="notice">{t('import.editorsOnly')}</p>
      ) : (
        <>
          <div className="control">
            <label htmlFor={fileId}>{t('import.fileLabel')}</label>
            <input id={fileId} ref={inputRef} type="file" multiple accept=".xlsx,.csv,.json" disabled={busy} onChange={(e) => void choose(e)} aria-describedby={`${fileId}-hint`} />
            <span id={`${fileId}-hint`} className="hint">{t('import.fileHint')}</span>
          </div>
          <div role="status" aria-live="polite" className="import-progress">
            {busy && (
              <>
                <progress aria-label={t(`import.phase.${state.phase}`)} />
                <span>{t(`import.phase.${state.phase}`)}</span>
              </>
            )}
            {summary && (
              <span className="import-ok">
                {t('import.done', {
                  actorsCreated: summary.actors.created,
                  actorsUpdated: summary.actors.updated,
                  relationsCreated: summary.relations.created,
                  relationsUpdated: summary.relations.updated,
                })}
              </span>
            )}
          </div>
          {state.status === 'failed' && <p className="error" role="alert">{t('import.failed', { message: describeError(state.error, language) })}</p>}
          {result && state.status !== 'applied' && (
            <>
              <h3>{t('import.mappingTitle')}</h3>
              <p className="hint">{t('import.mappingIntro')}</p>
              {result.sheets.map((sheet) => (
                <MappingTable
                  key={sheet.sheet}
                  sheet={sheet}
                  properties={result.properties}
                  changes={changes}
                  disabled={busy}
                  onChange={(sheetName, column, property) => setChanges((current) => ({ ...current, [changeKey(sheetName, column)]: property }))}
                />
              ))}
              <div className="import-actions">
                <button type="button" disabled={busy || !files} onClick={() => files && void check(files, changes, result)}>
                  {t('import.recheck')}
                </button>
              </div>
              <h3>{t('import.previewTitle')}</h3>
              {/* The previous plan's problems are stale while a new check runs: shown again only with its answer. */}
              {!busy && <PlanPreview result={result} />}
              <div className="import-actions">
                <button type="button" className="primary" disabled={state.status !== 'planned' || result.problemCount > 0} onClick={() => void apply()}>
                  {t('import.apply')}
                </button>
                {result.problemCount > 0 && <span className="hint">{t('import.applyBlocked')}</span>}
              </div>
            </>
          )}
          {state.status === 'applied' && (
            <div className="import-actions">
              <button type="button" onClick={reset}>{t('import.reset')}</button>
            </div>
          )}
          <section className="import-export" aria-label={t('import.exportTitle')}>
            <h3>{t('import.exportTitle')}</h3>
            <p className="hint">{t('import.exportIntro')}</p>
            {/* Every relation ever recorded: what is edited here is imported again. */}
            <DataExport scope={{ areaId: null, asOf: null, history: true }} />
          </section>
        </>
      )}
    </section>
  );
}
