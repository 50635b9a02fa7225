import type { NodeKind } from '@weefsel/graph-schema';
import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { PartnerEntry } from './answer-draft';
import type { SurveyActor } from './respondent.api';

export interface PartnerShown {
  name: string;
  kind: NodeKind | null;
  /** "new partner, awaiting review" and its place, for a proposed actor. */
  note: string | null;
}

/**
 * Names for the partners on the form: the round's actors, those picked from the search beyond the
 * round (remembered for this visit), and proposed actors. A partner from beyond the round saved in an
 * earlier visit has no name the form can ask for (the API gives the round's actors only): it is
 * called "a partner outside this survey".
 */
export function usePartnerNames(actors: readonly SurveyActor[]) {
  const { t } = useI18n();
  const [found, setFound] = useState<Map<string, SurveyActor>>(new Map());
  const known = useMemo(() => new Map([...actors.map((a) => [a.id, a] as const), ...found]), [actors, found]);

  const remember = useCallback((actor: SurveyActor) => setFound((current) => (current.has(actor.id) ? current : new Map(current).set(actor.id, actor))), []);

  const partnerOf = (entry: PartnerEntry): PartnerShown => {
    if (entry.proposedActor) {
      const note = [t('survey.partner.proposed'), entry.proposedActor.place].filter(Boolean).join(', ');
      return { name: entry.proposedActor.name, kind: entry.proposedActor.kind, note };
    }
    const actor = entry.partnerActorId ? known.get(entry.partnerActorId) : undefined;
    return actor ? { name: actor.name, kind: actor.kind, note: null } : { name: t('survey.partner.outside'), kind: null, note: null };
  };

  return { partnerOf, remember };
}
