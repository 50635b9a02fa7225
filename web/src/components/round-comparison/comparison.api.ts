import { graphql } from '../../gql';
import type { WebCompareSurveyRoundsQuery, WebComparisonRoundsQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';
import { actorIdsOf } from './comparison-rows';

/** The survey queries behind the round comparison (the API refuses them below the editor role). */

const roundsQuery = graphql(`
  query WebComparisonRounds { surveyRounds { id title areaId projectId opensOn status createdAt } }
`);

const compareQuery = graphql(`
  query WebCompareSurveyRounds($earlier: ID!, $later: ID!) {
    compareSurveyRounds(earlierRoundId: $earlier, laterRoundId: $later) {
      earlier { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }
      later { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }
      newPairs keptPairs lostPairs
    }
    earlierResults: surveyResults(roundId: $earlier) { respondents { actorId actorName } }
    laterResults: surveyResults(roundId: $later) { respondents { actorId actorName } }
  }
`);

const actorQuery = graphql(`
  query WebComparisonActor($id: ID!) { actor(id: $id) { id name } }
`);

export type ComparisonRound = WebComparisonRoundsQuery['surveyRounds'][number];
export type RoundComparison = WebCompareSurveyRoundsQuery['compareSurveyRounds'];

export async function fetchComparisonRounds(signal?: AbortSignal): Promise<ComparisonRound[]> {
  return (await execute(roundsQuery, {}, { signal })).surveyRounds;
}

/**
 * The comparison and the names of every actor its pairs name: the invited actors' from the two
 * rounds' results, the few partners beyond them one by one.
 */
export async function fetchRoundComparison(earlier: string, later: string, signal?: AbortSignal): Promise<{ comparison: RoundComparison; names: Map<string, string> }> {
  const answer = await execute(compareQuery, { earlier, later }, { signal });
  const comparison = answer.compareSurveyRounds;
  const names = new Map([...answer.earlierResults.respondents, ...answer.laterResults.respondents].map((r) => [r.actorId, r.actorName]));
  const missing = actorIdsOf([...comparison.newPairs, ...comparison.keptPairs, ...comparison.lostPairs]).filter((id) => !names.has(id));
  const found = await Promise.all(missing.map(async (id) => (await execute(actorQuery, { id }, { signal })).actor));
  for (const actor of found) if (actor) names.set(actor.id, actor.name);
  return { comparison, names };
}
