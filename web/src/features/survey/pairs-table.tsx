import { collaborationLevels, reciprocityKinds, surveyLabels, type CollaborationLevel } from '@weefsel/graph-schema';
import { useI18n } from '../../i18n/i18n-context';
import { relationLabel } from '../../i18n/schema-labels';
import type { PairRow } from './results-rows';
import { ScoreCell } from './score-cell';

/** The reported pairs with their reciprocity, levels and averages (of each score and its items); each tie accepted on its own. */
export function PairsTable({ rows, nameOf, busy, onAccept }: { rows: PairRow[]; nameOf: (id: string) => string; busy: boolean; onAccept: (key: string, label: string) => void }) {
  const { t, language } = useI18n();
  const level = (name: string, value: CollaborationLevel | null | undefined) =>
    value ? t('surveyEditor.pairs.levelBy', { name, level: collaborationLevels[value].label[language] }) : t('surveyEditor.pairs.noLevel', { name });
  return (
    <table className="survey-table survey-pairs">
      <thead>
        <tr>
          <th scope="col">{t('surveyEditor.pairs.pair')}</th>
          <th scope="col">{t('surveyEditor.pairs.reciprocity')}</th>
          <th scope="col">{t('surveyEditor.pairs.levels')}</th>
          <th scope="col">{surveyLabels.value[language]}</th>
          <th scope="col">{surveyLabels.trust[language]}</th>
          <th scope="col">{t('surveyEditor.pairs.accept')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.pair.a}|${row.pair.b}`} data-pair={`${row.pair.a}|${row.pair.b}`} data-reciprocity={row.pair.reciprocity}>
            <th scope="row">
              {row.aName} – {row.bName}
            </th>
            <td>
              <span className={`survey-reciprocity survey-reciprocity-${row.pair.reciprocity.toLowerCase()}`}>{reciprocityKinds[row.pair.reciprocity][language]}</span>
            </td>
            <td>
              {level(row.aName, row.pair.levelByA)}
              <br />
              {level(row.bName, row.pair.levelByB)}
            </td>
            <td>
              <ScoreCell dimension="value" average={row.pair.averageValue} items={row.pair.averageValueItems} />
            </td>
            <td>
              <ScoreCell dimension="trust" average={row.pair.averageTrust} items={row.pair.averageTrustItems} />
            </td>
            <td>
              <ul className="survey-tie-list">
                {row.ties.map((tie) => {
                  // From the relation's source: "Mintus verwijst door naar Vivendo", whoever of the two reported it.
                  const source = tie.sourceActorId ? nameOf(tie.sourceActorId) : nameOf(tie.reporterActorId);
                  const target = tie.targetActorId ? nameOf(tie.targetActorId) : '–';
                  const label = `${source} ${relationLabel(tie.relationKind, language)} ${target}`;
                  return (
                    <li key={tie.key}>
                      <span>{label}</span>{' '}
                      {tie.acceptedRelationId ? (
                        <span className="survey-accepted">{t('surveyEditor.pairs.accepted')}</span>
                      ) : (
                        <button type="button" className="secondary" disabled={busy} aria-label={t('surveyEditor.pairs.acceptTie', { source, target })} onClick={() => onAccept(tie.key, label)}>
                          {t('surveyEditor.pairs.accept')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
