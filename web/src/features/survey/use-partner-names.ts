import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { PartnerEntry } from './answer-draft';
import { knownActors, partnerShown, type PartnerShown } from './partner-shown';
import type { SurveyActor } from './respondent.api';

/**
 * Names for the partners on the form: the round's actors, the actors beyond the round that the saved
 * answer names (`outside`, from the API with the form), those picked from the search beyond the round
 * (remembered for this visit), and proposed actors. Only a partner the API does not name is called
 * "a partner outside this survey" (see `partnerShown`).
 */
export function usePartnerNames(actors: readonly SurveyActor[], outside: readonly SurveyActor[]) {
  const { t } = useI18n();
  const [found, setFound] = useState<Map<string, SurveyActor>>(new Map());
  const known = useMemo(() => knownActors(actors, outside, found), [actors, outside, found]);

  const remember = useCallback((actor: SurveyActor) => setFound((current) => (current.has(actor.id) ? current : new Map(current).set(actor.id, actor))), []);

  const partnerOf = (entry: PartnerEntry): PartnerShown => partnerShown(entry, known, { proposed: t('survey.partner.proposed'), outside: t('survey.partner.outside') });

  return { partnerOf, remember };
}
