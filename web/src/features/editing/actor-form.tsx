import { lifeDomainNames, nodeKindNames, nodeKinds, targetGroupNames, type LifeDomain, type NodeKind, type TargetGroup } from '@weefsel/graph-schema';
import { useId, useState, type FormEvent } from 'react';
import { fetchActorContact, saveActor, saveRelation, type SavedActor } from '../../api/editing.api';
import type { ActorDetails, ActorSummary } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel, kindLabel, targetGroupLabel } from '../../i18n/schema-labels';
import { CheckboxGroup } from '../../components/checkbox-group';
import { useAsync } from '../../components/use-async';
import { placementKindFor, suggestActorId } from './actor-id';
import { DateField } from './date-field';
import { Field, SelectField } from './field';
import { ContactFields, contactDraftOf, contactInputOf, emptyContact, type ContactDraft } from './contact-fields';
import { propertyLabel } from './field-issues';
import { useFormProblems } from './use-form-problems';

export interface ActorFormProps {
  /** The actor to edit; absent: a new actor. */
  actor?: ActorDetails;
  /** The area of the view: a new actor can be placed in it, so it shows in this scope. */
  area: ActorSummary | null;
  onSaved: (actor: SavedActor) => void;
  onCancel: () => void;
}

const fields = ['id', 'kind', 'name', 'description', 'formal', 'since', 'until', 'domains', 'targetGroups', 'contact.email', 'contact.phone', 'contact.website', 'contact.address', 'contact.person'] as const;

/** Create or edit an actor; the API validates, and its problems are shown at the fields they concern. */
export function ActorForm({ actor, area, onSaved, onCancel }: ActorFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<NodeKind>(actor?.kind ?? 'Organisation');
  const [name, setName] = useState(actor?.name ?? '');
  const [actorId, setActorId] = useState(actor?.id ?? '');
  const [description, setDescription] = useState(actor?.description ?? '');
  const [formal, setFormal] = useState(actor?.formal ?? nodeKinds.Organisation.formalByDefault);
  const [domains, setDomains] = useState<LifeDomain[]>(actor?.domains ?? []);
  const [groups, setGroups] = useState<TargetGroup[]>(actor?.targetGroups ?? []);
  const [since, setSince] = useState({ value: actor?.since ?? '', unreadable: false });
  const [until, setUntil] = useState({ value: actor?.until ?? '', unreadable: false });
  const placement = area && !actor ? placementKindFor(kind, area.kind) : null;
  const [place, setPlace] = useState(true);
  // The stored contact is loaded before an edit can be saved: saving without it would erase it.
  const stored = useAsync(actor ? `contact:${actor.id}` : null, (signal) => fetchActorContact(actor?.id ?? '', signal));
  const [typedContact, setContact] = useState<ContactDraft | null>(null);
  const contact = typedContact ?? (stored.status === 'ready' ? contactDraftOf(stored.data) : emptyContact);
  const contactReady = !actor || stored.status === 'ready';
  const { issues, showIssues, showFailure } = useFormProblems(fields);
  const [busy, setBusy] = useState(false);
  const label = (field: (typeof fields)[number]) => propertyLabel(field, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A half-typed date reads as empty: sent, it would erase the stored day.
    const dates = { since, until };
    const unreadable = (['since', 'until'] as const).filter((field) => dates[field].unreadable);
    showIssues(unreadable.map((path) => ({ path, code: 'invalidDate', params: {} })));
    if (unreadable.length > 0) return;
    setBusy(true);
    try {
      const input = {
        id: actor?.id ?? (actorId.trim() || suggestActorId(name)),
        kind,
        name,
        description: description.trim() || null,
        formal,
        domains,
        targetGroups: groups,
        contact: contactInputOf(contact),
        since: since.value || null,
        until: until.value || null,
      };
      const saved = await saveActor(input);
      if (placement && area && place) await saveRelation({ kind: placement, source: saved.id, target: area.id });
      onSaved(saved);
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel editing-form actor-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{actor ? t('editing.actor.editTitle', { name: actor.name }) : t('editing.actor.newTitle')}</h2>
      <SelectField
        id={`${id}-kind`}
        label={label('kind')}
        errors={issues.byField.get('kind')}
        value={kind}
        options={nodeKindNames.map((each) => ({ value: each, label: kindLabel(each, language) }))}
        onChange={(next) => {
          setKind(next);
          if (!actor) setFormal(nodeKinds[next].formalByDefault);
        }}
      />
      <Field id={`${id}-name`} label={label('name')} errors={issues.byField.get('name')}>
        {(describedBy, invalid) => (
          <input id={`${id}-name`} value={name} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      {!actor && (
        <Field id={`${id}-id`} label={label('id')} errors={issues.byField.get('id')}>
          {(describedBy, invalid) => (
            <input
              id={`${id}-id`}
              value={actorId}
              placeholder={t('editing.actor.idPlaceholder')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => setActorId(event.target.value)}
            />
          )}
        </Field>
      )}
      <Field id={`${id}-description`} label={label('description')} errors={issues.byField.get('description')}>
        {(describedBy, invalid) => (
          <textarea id={`${id}-description`} rows={3} value={description} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => setDescription(event.target.value)} />
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={formal} onChange={(event) => setFormal(event.target.checked)} />
        {t('editing.actor.formal')}
      </label>
      <DateField id={`${id}-since`} label={label('since')} errors={issues.byField.get('since')} value={since.value} onChange={setSince} />
      <DateField id={`${id}-until`} label={label('until')} errors={issues.byField.get('until')} value={until.value} onChange={setUntil} />
      <CheckboxGroup legend={label('domains')} options={lifeDomainNames} labelOf={(domain) => domainLabel(domain, language)} chosen={domains} onChange={setDomains} />
      {issues.byField.get('domains') && <p className="field-error">{label('domains')}: {issues.byField.get('domains')?.join('; ')}</p>}
      <CheckboxGroup legend={label('targetGroups')} options={targetGroupNames} labelOf={(group) => targetGroupLabel(group, language)} chosen={groups} onChange={setGroups} />
      {issues.byField.get('targetGroups') && <p className="field-error">{label('targetGroups')}: {issues.byField.get('targetGroups')?.join('; ')}</p>}
      <ContactFields idPrefix={id} value={contact} onChange={setContact} errorsOf={(field) => issues.byField.get(field)} disabled={!contactReady} />
      {stored.status === 'error' && (
        <p role="alert" className="error">
          {stored.message}
        </p>
      )}
      {placement && area && (
        <label className="checkbox">
          <input type="checkbox" checked={place} onChange={(event) => setPlace(event.target.checked)} />
          {t('editing.actor.placeInArea', { area: area.name })}
        </label>
      )}
      {issues.other.length > 0 && (
        <div role="alert" className="error">
          {issues.other.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {issues.byField.size > 0 && (
        <p role="alert" className="error">
          {t('editing.formHasErrors', { fields: [...issues.byField.keys()].map((field) => propertyLabel(field, language)).join(', ') })}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={busy || !contactReady}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
