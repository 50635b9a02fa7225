import { describeProblem } from '../../i18n/describe-problem';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import type { ImportResult } from './import.api';

/** Counts (new, changed, unchanged) and the table of problems with sheet, row, column, value, reason (worded from the problem's code). */
export function PlanPreview({ result }: { result: ImportResult }) {
  const { t, language } = useI18n();
  const rows = [
    { label: t('import.actors'), counts: result.actors },
    { label: t('import.relations'), counts: result.relations },
  ];
  return (
    <div className="import-preview">
      <table className="import-table import-counts">
        <caption>{t('import.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.kindHeader')}</th>
            <th scope="col">{t('import.createHeader')}</th>
            <th scope="col">{t('import.updateHeader')}</th>
            <th scope="col">{t('import.unchangedHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{formatNumber(row.counts.create, language)}</td>
              <td>{formatNumber(row.counts.update, language)}</td>
              <td>{formatNumber(row.counts.unchanged, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.problemCount === 0 ? (
        <p className="import-ok">{t('import.noProblems')}</p>
      ) : (
        <table className="import-table import-problems">
          <caption className="error">{t('import.problemsTitle', { count: result.problemCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.sheetHeader')}</th>
              <th scope="col">{t('import.rowHeader')}</th>
              <th scope="col">{t('import.columnHeader')}</th>
              <th scope="col">{t('import.valueHeader')}</th>
              <th scope="col">{t('import.reasonHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((p, i) => (
              <tr key={`${p.sheet}:${p.row}:${p.column}:${i}`}>
                <td>{p.sheet}</td>
                <td>{p.row > 0 ? formatNumber(p.row, language) : ''}</td>
                <td>{p.column}</td>
                <td>{p.value}</td>
                <td>{describeProblem(p, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.problemCount > result.problems.length && <p className="hint">{t('import.problemsTruncated', { shown: result.problems.length, count: result.problemCount })}</p>}
    </div>
  );
}
