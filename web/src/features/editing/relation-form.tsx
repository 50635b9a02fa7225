import { endpointKindProblem, relationKindNames, relationStatusNames, relationStatuses, type RelationKind, type RelationStatus } from '@weefsel/graph-schema';
import { useId, useState, type FormEvent } from 'react';
import { saveRelation } from '../../api/editing.api';
import type { ActorSummary, NetworkActor, NetworkRelation } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { relationLabel } from '../../i18n/schema-labels';
import { DateField } from './date-field';
import { Field, SelectField } from './field';
import { propertyLabel } from './field-issues';
import { PartnerPicker } from './partner-picker';
import { checkRelationDraft } from './relation-checks';
import { useFormProblems } from './use-form-problems';

export interface RelationFormProps {
  source: NetworkActor;
  /** The relation to edit (its ends stay); absent: a new relation from `source`. */
  relation?: NetworkRelation;
  /** The actors on the map: offered first by the partner picker, which also searches the whole store. */
  candidates: NetworkActor[];
  onSaved: (relation: NetworkRelation) => void;
  onCancel: () => void;
}

const fields = ['kind', 'source', 'target', 'status', 'since', 'until', 'weight', 'note'] as const;

/**
 * A new relation of the selected actor with a partner from anywhere in the store, or an edit of one.
 * Only the kinds graph-schema allows between the two ends are offered; every value is checked with
 * graph-schema's rules before it is sent, and every problem shows at its field in the UI language.
 */
export function RelationForm({ source: selected, relation, candidates, onSaved, onCancel }: RelationFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const ends = (actorId: string): ActorSummary | null => candidates.find((actor) => actor.id === actorId) ?? null;
  // Editing keeps the relation's own ends; a new one runs from the selected actor unless reversed.
  const [partner, setPartner] = useState<ActorSummary | null>(relation ? ends(relation.source === selected.id ? relation.target : relation.source) : null);
  const [reversed, setReversed] = useState(relation ? relation.target === selected.id : false);
  const source = reversed ? partner : selected;
  const target = reversed ? selected : partner;
  const kinds = relationKindNames.filter((kind) => source && target && endpointKindProblem(kind, source.kind, target.kind) === null);
  const [chosenKind, setKind] = useState<RelationKind | ''>(relation?.kind ?? '');
  const kind = chosenKind && kinds.includes(chosenKind) ? chosenKind : (kinds[0] ?? '');
  const [status, setStatus] = useState<RelationStatus>(relation?.status ?? 'ACTIVE');
  const [since, setSince] = useState({ value: relation?.since ?? '', unreadable: false });
  const [until, setUntil] = useState({ value: relation?.until ?? '', unreadable: false });
  const [weight, setWeight] = useState(relation?.weight === null || relation?.weight === undefined ? '' : String(relation.weight).replace('.', language === 'nl' ? ',' : '.'));
  const [note, setNote] = useState(relation?.note ?? '');
  const { issues, showIssues, showFailure } = useFormProblems(fields);
  const [busy, setBusy] = useState(false);
  const label = (field: (typeof fields)[number]) => propertyLabel(field, language);
  const partnerField = reversed ? 'source' : 'target';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkRelationDraft({
      ...(relation ? { id: relation.id } : {}),
      kind,
      source: (reversed ? partner?.id : selected.id) ?? '',
      target: (reversed ? selected.id : partner?.id) ?? null,
      status,
      since: since.value,
      sinceUnreadable: since.unreadable,
      until: until.value,
      untilUnreadable: until.unreadable,
      weight,
      note,
    });
    // The picker stands for whichever end is not the selected actor; a missing source is its problem too.
    const located = checked.issues.map((issue) => (issue.path === 'target' || issue.path === 'source' ? { ...issue, path: partnerField } : issue));
    showIssues(located);
    if (!checked.input) return;
    setBusy(true);
    try {
      onSaved(await saveRelation(checked.input));
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const errors = (field: (typeof fields)[number]) => issues.byField.get(field);
  // The selected actor's end, written above the picker when it is "van" and below it when it is "naar".
  const fixedEnd = (
    <p className="relation-fixed-end">
      {reversed ? label('target') : label('source')}: <strong>{selected.name}</strong>
    </p>
  );
  return (
    <form className="panel editing-form relation-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{relation ? t('editing.relation.editTitle', { name: selected.name }) : t('editing.relation.newTitle', { name: selected.name })}</h2>
      {!reversed && fixedEnd}
      <PartnerPicker
        id={`${id}-partner`}
        label={label(partnerField)}
        errors={errors(partnerField)}
        value={partner}
        onChange={setPartner}
        nearby={candidates}
        excludeId={selected.id}
        disabled={relation !== undefined}
      />
      {reversed && fixedEnd}
      {!relation && (
        <button type="button" className="secondary" onClick={() => setReversed((current) => !current)}>
          {t('editing.relation.reverse')}
        </button>
      )}
      <SelectField
        id={`${id}-kind`}
        label={label('kind')}
        errors={errors('kind')}
        value={kind}
        options={kinds.map((each) => ({ value: each, label: relationLabel(each, language) }))}
        onChange={setKind}
      />
      {source && target && kinds.length === 0 && <p className="notice">{t('editing.relation.noKindAllowed')}</p>}
      <SelectField
        id={`${id}-status`}
        label={label('status')}
        errors={errors('status')}
        value={status}
        options={relationStatusNames.map((each) => ({ value: each, label: relationStatuses[each][language] }))}
        onChange={setStatus}
      />
      <DateField id={`${id}-since`} label={label('since')} errors={errors('since')} value={since.value} onChange={setSince} />
      <DateField id={`${id}-until`} label={label('until')} errors={errors('until')} value={until.value} onChange={setUntil} />
      <Field id={`${id}-weight`} label={label('weight')} errors={errors('weight')}>
        {(describedBy, invalid) => (
          <input id={`${id}-weight`} inputMode="decimal" value={weight} placeholder={t('editing.relation.weightPlaceholder')} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setWeight(event.target.value)} />
        )}
      </Field>
      <Field id={`${id}-note`} label={label('note')} errors={errors('note')}>
        {(describedBy, invalid) => <textarea id={`${id}-note`} rows={2} value={note} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {(issues.other.length > 0 || issues.byField.size > 0) && (
        <div role="alert" className="error">
          {issues.other.map((message) => (
            <p key={message}>{message}</p>
          ))}
          {issues.byField.size > 0 && <p>{t('editing.formHasErrors', { fields: [...issues.byField.keys()].map((field) => propertyLabel(field, language)).join(', ') })}</p>}
        </div>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
