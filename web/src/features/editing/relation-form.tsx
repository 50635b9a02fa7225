import { endpointKindProblem, relationKindNames, relationStatusNames, relationStatuses, type RelationKind, type RelationStatus } from '@weefsel/graph-schema';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { fieldIssuesOf, saveRelation } from '../../api/editing.api';
import type { NetworkActor, NetworkRelation } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { relationLabel } from '../../i18n/schema-labels';
import { Field, SelectField } from './field';
import { propertyLabel, sortIssues, type SortedIssues } from './field-issues';

export interface RelationFormProps {
  source: NetworkActor;
  /** The relation to edit (its ends stay); absent: a new relation from `source`. */
  relation?: NetworkRelation;
  /** The actors the relation can run to (those drawn). */
  candidates: NetworkActor[];
  onSaved: (relation: NetworkRelation) => void;
  onCancel: () => void;
}

const fields = ['kind', 'target', 'status', 'since', 'until', 'weight', 'note'] as const;

/** A new relation from the selected actor; only the kinds graph-schema allows between the two ends are offered. */
export function RelationForm({ source: selected, relation, candidates, onSaved, onCancel }: RelationFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  // Editing keeps the relation's own direction, which may run towards the selected actor.
  const source = (relation && candidates.find((actor) => actor.id === relation.source)) || selected;
  const targets = useMemo(
    () => candidates.filter((actor) => actor.id !== source.id).sort((a, b) => a.name.localeCompare(b.name, language)),
    [candidates, source.id, language],
  );
  const [targetId, setTargetId] = useState(relation?.target ?? targets[0]?.id ?? '');
  const target = targets.find((actor) => actor.id === targetId);
  const kinds = relationKindNames.filter((kind) => target && endpointKindProblem(kind, source.kind, target.kind) === null);
  const [chosenKind, setKind] = useState<RelationKind | ''>(relation?.kind ?? '');
  const kind = chosenKind && kinds.includes(chosenKind) ? chosenKind : (kinds[0] ?? '');
  const [status, setStatus] = useState<RelationStatus>(relation?.status ?? 'ACTIVE');
  const [since, setSince] = useState(relation?.since ?? '');
  const [until, setUntil] = useState(relation?.until ?? '');
  const [weight, setWeight] = useState(relation?.weight === null || relation?.weight === undefined ? '' : String(relation.weight));
  const [note, setNote] = useState(relation?.note ?? '');
  const [issues, setIssues] = useState<SortedIssues>({ byField: new Map(), other: [] });
  const [busy, setBusy] = useState(false);
  const label = (field: (typeof fields)[number]) => propertyLabel(field, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind || !target) return;
    setBusy(true);
    try {
      const saved = await saveRelation({
        ...(relation ? { id: relation.id } : {}),
        kind,
        source: source.id,
        target: target.id,
        status,
        since: since || null,
        until: until || null,
        weight: weight.trim() === '' ? null : Number(weight),
        note: note.trim() || null,
      });
      onSaved(saved);
    } catch (error) {
      const found = fieldIssuesOf(error);
      setIssues(found.length > 0 ? sortIssues(found, fields, language) : { byField: new Map(), other: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const errors = (field: (typeof fields)[number]) => issues.byField.get(field);
  return (
    <form className="panel editing-form relation-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{relation ? t('editRelationTitle', { name: source.name }) : t('newRelationTitle', { name: source.name })}</h2>
      <SelectField
        id={`${id}-target`}
        label={label('target')}
        errors={errors('target')}
        value={targetId}
        disabled={relation !== undefined}
        options={targets.map((actor) => ({ value: actor.id, label: actor.name }))}
        onChange={setTargetId}
      />
      <SelectField
        id={`${id}-kind`}
        label={label('kind')}
        errors={errors('kind')}
        value={kind}
        options={kinds.map((each) => ({ value: each, label: relationLabel(each, language) }))}
        onChange={setKind}
      />
      {target && kinds.length === 0 && <p className="notice">{t('noRelationKindAllowed')}</p>}
      <SelectField
        id={`${id}-status`}
        label={label('status')}
        errors={errors('status')}
        value={status}
        options={relationStatusNames.map((each) => ({ value: each, label: relationStatuses[each][language] }))}
        onChange={setStatus}
      />
      <Field id={`${id}-since`} label={label('since')} errors={errors('since')}>
        {(describedBy, invalid) => <input id={`${id}-since`} type="date" value={since} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setSince(event.target.value)} />}
      </Field>
      <Field id={`${id}-until`} label={label('until')} errors={errors('until')}>
        {(describedBy, invalid) => <input id={`${id}-until`} type="date" value={until} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setUntil(event.target.value)} />}
      </Field>
      <Field id={`${id}-weight`} label={label('weight')} errors={errors('weight')}>
        {(describedBy, invalid) => <input id={`${id}-weight`} inputMode="decimal" value={weight} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setWeight(event.target.value)} />}
      </Field>
      <Field id={`${id}-note`} label={label('note')} errors={errors('note')}>
        {(describedBy, invalid) => <textarea id={`${id}-note`} rows={2} value={note} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {(issues.other.length > 0 || issues.byField.size > 0) && (
        <div role="alert" className="error">
          {issues.other.map((message) => (
            <p key={message}>{message}</p>
          ))}
          {issues.byField.size > 0 && <p>{t('formHasErrors', { fields: [...issues.byField.keys()].map((field) => propertyLabel(field, language)).join(', ') })}</p>}
        </div>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={busy || !kind}>
          {t('save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
