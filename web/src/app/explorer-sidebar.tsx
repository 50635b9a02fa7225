import { relationKinds, todayInBrussels } from '@weefsel/graph-schema';
import { useState } from 'react';
import { deleteActor, deleteRelation } from '../api/editing.api';
import type { ActorMetricRow } from '../api/network.api';
import type { ActorSummary, Network, NetworkActor, NetworkRelation } from '../api/network.types';
import { ActorPanel } from '../features/actor/actor-panel';
import { Recommendations } from '../features/actor/recommendations';
import type { Tie } from '../features/actor/ties';
import { ActorForm } from '../features/editing/actor-form';
import { ConfirmButton } from '../features/editing/confirm-button';
import { RelationForm } from '../features/editing/relation-form';
import { useI18n } from '../i18n/i18n-context';
import type { LocalChanges } from './use-network-data';
import type { ViewScope } from '../components/view-contract';

export type EditMode =
  | { kind: 'new-actor' }
  | { kind: 'edit-actor'; actor: NetworkActor }
  | { kind: 'new-relation'; source: NetworkActor }
  | { kind: 'edit-relation'; source: NetworkActor; relation: NetworkRelation }
  | null;

export interface ExplorerSidebarProps {
  selected: NetworkActor | null;
  shown: Network | null;
  area: ActorSummary | null;
  /** The area id and time in view (the area may not be among the actors shown). */
  scope: ViewScope;
  canEdit: boolean;
  metrics: ActorMetricRow | null;
  editMode: EditMode;
  setEditMode: (mode: EditMode) => void;
  onSelectActor: (id: string | null) => void;
  onExpand: (actor: NetworkActor) => Promise<void>;
  changeLocal: (change: (current: LocalChanges) => LocalChanges, announcement: string) => void;
  onReload: () => void;
}

/** The right-hand column: the edit form in use, or the selected actor's panel with its recommendations. */
export function ExplorerSidebar(props: ExplorerSidebarProps) {
  const { selected, shown, area, scope, canEdit, metrics, editMode, setEditMode, onSelectActor, onExpand, changeLocal, onReload } = props;
  const { t } = useI18n();
  const [expanding, setExpanding] = useState(false);

  if (editMode?.kind === 'new-actor' || editMode?.kind === 'edit-actor') {
    const editing = editMode.kind === 'edit-actor' ? editMode.actor : undefined;
    return (
      <ActorForm
        key={editing?.id ?? 'new'}
        actor={editing}
        area={area}
        onCancel={() => setEditMode(null)}
        onSaved={(saved) => {
          const node: NetworkActor = { ...saved, boundary: false };
          changeLocal(
            (current) => ({
              ...current,
              // A new actor shows at once; an edited one is refetched (the base network wins a merge).
              extra: { ...current.extra, nodes: [...current.extra.nodes.filter((each) => each.id !== saved.id), node] },
              created: editing ? current.created : new Set([...current.created, saved.id]),
            }),
            t('editing.actor.saved', { name: saved.name }),
          );
          setEditMode(null);
          onReload();
          onSelectActor(saved.id);
        }}
      />
    );
  }
  if ((editMode?.kind === 'new-relation' || editMode?.kind === 'edit-relation') && shown) {
    const editing = editMode.kind === 'edit-relation' ? editMode.relation : undefined;
    return (
      <RelationForm
        key={editing?.id ?? 'new'}
        source={editMode.source}
        relation={editing}
        candidates={shown.nodes}
        onCancel={() => setEditMode(null)}
        onSaved={(relation) => {
          changeLocal(
            (current) => ({ ...current, extra: { ...current.extra, relations: [...current.extra.relations, relation] }, removed: without(current.removed, relation.id) }),
            t('editing.relation.saved'),
          );
          setEditMode(null);
          onReload();
        }}
      />
    );
  }
  if (!selected || !shown) {
    return (
      <section className="panel actor-details" aria-labelledby="selection-title" aria-live="polite">
        <h2 id="selection-title">{t('actor.title')}</h2>
        <p>{t('actor.none')}</p>
      </section>
    );
  }

  // Collaboration ties only: lying in a municipality is no partnership with it.
  const tiedTo = new Set(
    shown.relations
      .filter((relation) => relationKinds[relation.kind].tie === 'collaboration')
      .flatMap((relation) => (relation.source === selected.id ? [relation.target] : relation.target === selected.id ? [relation.source] : [])),
  );
  const actions = (
    <>
      <button
        type="button"
        disabled={expanding}
        onClick={async () => {
          setExpanding(true);
          await onExpand(selected).finally(() => setExpanding(false));
        }}
      >
        {t('actor.expand')}
      </button>
      {canEdit && (
        <>
          <button type="button" onClick={() => setEditMode({ kind: 'edit-actor', actor: selected })}>
            {t('editing.actor.edit')}
          </button>
          <button type="button" onClick={() => setEditMode({ kind: 'new-relation', source: selected })}>
            {t('editing.relation.new')}
          </button>
          <ConfirmButton
            label={t('editing.actor.delete')}
            question={t('editing.actor.deleteQuestion', { name: selected.name })}
            onConfirm={async () => {
              await deleteActor(selected.id);
              changeLocal((current) => ({ ...current, removed: new Set([...current.removed, selected.id]) }), t('editing.actor.deleted', { name: selected.name }));
              onSelectActor(null);
              onReload();
            }}
          />
        </>
      )}
    </>
  );
  const tieActions = canEdit
    ? (tie: Tie) => (
        <>
          <button type="button" className="secondary" onClick={() => setEditMode({ kind: 'edit-relation', source: selected, relation: tie.relation })}>
            {t('editing.relation.edit')}
          </button>
          <ConfirmButton
            label={t('editing.relation.delete')}
            question={t('editing.relation.deleteQuestion', { name: tie.partner?.name ?? tie.partnerId })}
            onConfirm={async () => {
              await deleteRelation(tie.relation.id);
              changeLocal((current) => ({ ...current, removed: new Set([...current.removed, tie.relation.id]) }), t('editing.relation.deleted'));
              onReload();
            }}
          />
        </>
      )
    : undefined;
  return (
    <ActorPanel
      actor={selected}
      network={shown}
      metrics={metrics}
      scopeName={scope.areaId === null ? t('actor.scope.region') : (area?.name ?? t('actor.scope.area'))}
      day={scope.history ? null : (scope.asOf ?? todayInBrussels())}
      onSelectActor={onSelectActor}
      actions={actions}
      tieActions={tieActions}
    >
      <Recommendations
        actorId={selected.id}
        scope={scope}
        canAccept={canEdit}
        tiedTo={tiedTo}
        onSelectActor={onSelectActor}
        onAccepted={(relation, partner) =>
          changeLocal(
            (current) => ({ ...current, extra: { nodes: [...current.extra.nodes, partner], relations: [...current.extra.relations, relation] }, removed: without(current.removed, relation.id) }),
            t('actor.recommend.accepted', { name: partner.name }),
          )
        }
      />
    </ActorPanel>
  );
}

/** A relation saved again (same derived id) after a delete in this session must show again. */
function without(ids: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!ids.has(id)) return ids;
  const next = new Set(ids);
  next.delete(id);
  return next;
}
