import { useI18n } from '../../i18n/i18n-context';
import type { ImportProperty, ImportSheet } from './import.api';
import { changeKey, optionsFor } from './import-files';

export interface MappingTableProps {
  sheet: ImportSheet;
  properties: readonly ImportProperty[];
  changes: Readonly<Record<string, string | null>>;
  onChange(sheet: string, column: string, property: string | null): void;
  disabled: boolean;
}

/** One sheet: each column of the file with a select of the property it is read as. */
export function MappingTable({ sheet, properties, changes, onChange, disabled }: MappingTableProps) {
  const { t, language } = useI18n();
  const options = optionsFor(sheet, properties);
  const role = sheet.role ? t(sheet.role === 'actors' ? 'import.role.actors' : 'import.role.relations') : t('import.role.none');
  const label = (p: ImportProperty) => {
    const text = language === 'nl' ? p.labelNl : p.labelEn;
    return p.required ? t('import.required', { label: text }) : text;
  };
  return (
    <table className="import-table">
      <caption>{t('import.sheetCaption', { sheet: sheet.sheet, role, rows: sheet.rows })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.columnHeader')}</th>
          <th scope="col">{t('import.propertyHeader')}</th>
        </tr>
      </thead>
      <tbody>
        {sheet.columns.map((column) => {
          const key = changeKey(sheet.sheet, column.column);
          const value = key in changes ? changes[key] : column.property;
          return (
            <tr key={column.column}>
              <th scope="row">{column.column}</th>
              <td>
                <select
                  aria-label={`${sheet.sheet}: ${column.column}`}
                  value={value ?? ''}
                  disabled={disabled}
                  onChange={(event) => onChange(sheet.sheet, column.column, event.target.value || null)}
                >
                  <option value="">{t('import.ignore')}</option>
                  {options.map((p) => (
                    <option key={`${p.role}:${p.key}`} value={p.key}>
                      {label(p)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
