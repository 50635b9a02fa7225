import { useState } from 'react';
import { useAsync } from '../../components/use-async';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey, MessageParams } from '../../i18n/messages';
import { unnamedActorIds } from './results-rows';
import { fetchActorName, fetchSurveyResults, type SurveyResults } from './rounds.api';

export interface NamedResults {
  results: SurveyResults;
  names: Map<string, string>;
}

/** A round's results with a name for every actor they mention (partners outside the round asked one by one). */
async function loadResults(roundId: string, signal: AbortSignal): Promise<NamedResults> {
  const results = await fetchSurveyResults(roundId, signal);
  const names = new Map(results.respondents.map((r) => [r.actorId, r.actorName] as const));
  for (const proposal of results.proposals) if (proposal.actorId) names.set(proposal.actorId, proposal.name);
  const extra = await Promise.all(unnamedActorIds(results).map((id) => fetchActorName(id, signal).catch(() => null)));
  for (const actor of extra) if (actor) names.set(actor.id, actor.name);
  return { results, names };
}

/** What the last action said: a message to word, or a failure; worded on render so the language can switch. */
type Outcome = { message: MessageKey; params: MessageParams } | { failure: unknown } | null;

/**
 * The results of one round and the editor's actions on them (accept, approve, revoke, reissue):
 * each action reloads the results, and says what it did or why it failed.
 */
export function useRoundResults(roundId: string) {
  const { t, language } = useI18n();
  const [version, setVersion] = useState(0);
  const state = useAsync(`${roundId}|${version}`, (signal) => loadResults(roundId, signal));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async <T,>(action: () => Promise<T>, said: (result: T) => { message: MessageKey; params: MessageParams }): Promise<T | null> => {
    setBusy(true);
    try {
      const result = await action();
      setOutcome(said(result));
      return result;
    } catch (failure) {
      setOutcome({ failure });
      return null;
    } finally {
      setBusy(false);
      setVersion((current) => current + 1);
    }
  };

  const outcomeText = outcome === null ? null : 'failure' in outcome ? t('surveyEditor.actionFailed', { message: describeError(outcome.failure, language) }) : t(outcome.message, outcome.params);
  return { state, run, busy, outcome: outcomeText, failed: outcome !== null && 'failure' in outcome };
}
