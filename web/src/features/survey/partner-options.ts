import { foldText } from '@weefsel/graph-schema';
import type { SurveyActor } from './respondent.api';

/** How many of the round's actors are listed at once; a longer list asks to type part of the name. */
export const shownAtOnce = 30;

/**
 * The round's actors a respondent can still choose: not chosen yet, matching the typed text
 * (accents and case ignored), by name. `more` counts the matches left out of the list.
 */
export function roundChoices(actors: readonly SurveyActor[], chosen: ReadonlySet<string>, text: string): { shown: SurveyActor[]; more: number } {
  const wanted = foldText(text);
  const matching = actors
    .filter((actor) => !chosen.has(actor.id) && (wanted === '' || foldText(actor.name).includes(wanted)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { shown: matching.slice(0, shownAtOnce), more: Math.max(0, matching.length - shownAtOnce) };
}

/** Search results beyond the round: not in the round (listed already), not chosen, not the respondent. */
export function outsideChoices(found: readonly SurveyActor[], roundIds: ReadonlySet<string>, chosen: ReadonlySet<string>, respondentId: string): SurveyActor[] {
  return found.filter((actor) => !roundIds.has(actor.id) && !chosen.has(actor.id) && actor.id !== respondentId);
}
