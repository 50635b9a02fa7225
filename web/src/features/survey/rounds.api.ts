import { graphql } from '../../gql';
import type { ExportFormat, Language, NewSurveyRoundInput, SurveyAcceptRule, WebSurveyResultsQuery, WebSurveyRoundsQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';

/** The editors' survey operations (the API refuses them below the editor role). */

const roundsQuery = graphql(`
  query WebSurveyRounds { surveyRounds { id title intro areaId projectId opensOn closesOn status createdAt } }
`);

const createRoundMutation = graphql(`
  mutation WebCreateSurveyRound($input: NewSurveyRoundInput!) {
    createSurveyRound(input: $input) { round { id title intro areaId projectId opensOn closesOn status createdAt } links { actorId invitationId token } }
  }
`);

const resultsQuery = graphql(`
  query WebSurveyResults($roundId: ID!) {
    surveyResults(roundId: $roundId) {
      round { id title intro areaId projectId opensOn closesOn status createdAt }
      invited answered responseRate
      respondents { invitationId actorId actorName actorKind submittedAt draftSavedAt lastSeenAt revoked }
      ties { key invitationId reporterActorId partnerActorId proposalId relationKind direction sourceActorId targetActorId level frequency value trust since acceptedRelationId }
      pairs {
        a b levelByA levelByB reciprocity reports tieKeys averageValue averageTrust
        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }
        averageTrustItems { RELIABLE MISSION OPEN }
      }
      actorScores {
        actorId averageValue averageTrust namedBy
        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }
        averageTrustItems { RELIABLE MISSION OPEN }
      }
      proposals { id name kind place reporterActorId actorId }
    }
  }
`);

const actorNameQuery = graphql(`
  query WebSurveyActorName($id: ID!) { actor(id: $id) { id name kind } }
`);

const revokeMutation = graphql(`
  mutation WebRevokeSurveyLink($roundId: ID!, $invitationId: ID!) { revokeSurveyLink(roundId: $roundId, invitationId: $invitationId) }
`);

const reissueMutation = graphql(`
  mutation WebReissueSurveyLink($roundId: ID!, $invitationId: ID!) { reissueSurveyLink(roundId: $roundId, invitationId: $invitationId) { actorId invitationId token } }
`);

const acceptTieMutation = graphql(`
  mutation WebAcceptSurveyTie($roundId: ID!, $key: String!) { acceptSurveyTie(roundId: $roundId, key: $key) { id } }
`);

const acceptRuleMutation = graphql(`
  mutation WebAcceptSurveyTies($roundId: ID!, $rule: SurveyAcceptRule!) { acceptSurveyTies(roundId: $roundId, rule: $rule) { accepted { id } skipped { key code } } }
`);

const closeMutation = graphql(`
  mutation WebCloseSurveyRound($roundId: ID!) { closeSurveyRound(roundId: $roundId) { id status } }
`);

const exportQuery = graphql(`
  query WebExportSurveyAnswers($roundId: ID!, $language: Language!) { exportSurveyAnswers(roundId: $roundId, format: CSV, language: $language) { fileName mediaType contentBase64 } }
`);

const exportNetworkQuery = graphql(`
  query WebExportSurveyNetwork($roundId: ID!, $format: ExportFormat!, $language: Language!) {
    exportSurveyNetwork(roundId: $roundId, format: $format, language: $language) { fileName mediaType contentBase64 }
  }
`);

const areaProjectsQuery = graphql(`
  query WebSurveyAreaProjects($areaId: ID!) { actors(filter: { areaId: $areaId, kinds: [Project] }, history: true, limit: 500) { items { id name } } }
`);

const approveMutation = graphql(`
  mutation WebApproveSurveyProposal($roundId: ID!, $proposalId: ID!) { approveSurveyProposal(roundId: $roundId, proposalId: $proposalId) { id } }
`);

export type SurveyRound = WebSurveyRoundsQuery['surveyRounds'][number];
export type SurveyResults = WebSurveyResultsQuery['surveyResults'];
export type SurveyLink = { actorId: string; invitationId: string; token: string };
export type { SurveyAcceptRule };

export async function fetchSurveyRounds(signal?: AbortSignal): Promise<SurveyRound[]> {
  return (await execute(roundsQuery, {}, { signal })).surveyRounds;
}

/** Creates a round; its links (tokens) are in this answer only. */
export async function createSurveyRound(input: NewSurveyRoundInput): Promise<{ round: SurveyRound; links: SurveyLink[] }> {
  return (await execute(createRoundMutation, { input })).createSurveyRound;
}

export async function fetchSurveyResults(roundId: string, signal?: AbortSignal): Promise<SurveyResults> {
  return (await execute(resultsQuery, { roundId }, { signal })).surveyResults;
}

/** The projects ever placed in the area (what a project round can be for), by name. */
export async function fetchAreaProjects(areaId: string, signal?: AbortSignal): Promise<{ id: string; name: string }[]> {
  return (await execute(areaProjectsQuery, { areaId }, { signal })).actors.items;
}

/** Name and kind of an actor the results name by id only; null when it is gone. */
export async function fetchActorName(id: string, signal?: AbortSignal): Promise<{ id: string; name: string; kind: string } | null> {
  return (await execute(actorNameQuery, { id }, { signal })).actor ?? null;
}

export async function revokeSurveyLink(roundId: string, invitationId: string): Promise<void> {
  await execute(revokeMutation, { roundId, invitationId });
}

/** A new token for the invitation: the old link stops working; the new one is in this answer only. */
export async function reissueSurveyLink(roundId: string, invitationId: string): Promise<SurveyLink> {
  return (await execute(reissueMutation, { roundId, invitationId })).reissueSurveyLink;
}

export async function acceptSurveyTie(roundId: string, key: string): Promise<string> {
  return (await execute(acceptTieMutation, { roundId, key })).acceptSurveyTie.id;
}

export async function acceptSurveyTies(roundId: string, rule: SurveyAcceptRule): Promise<{ accepted: number; skipped: number }> {
  const outcome = (await execute(acceptRuleMutation, { roundId, rule })).acceptSurveyTies;
  return { accepted: outcome.accepted.length, skipped: outcome.skipped.length };
}

/** Closes the round before its close date: its links stop working. */
export async function closeSurveyRound(roundId: string): Promise<void> {
  await execute(closeMutation, { roundId });
}

/** The round's submitted answers as CSV, a row per reported partner, without the respondents' contact. */
export async function exportSurveyAnswers(roundId: string, language: Language): Promise<{ fileName: string; mediaType: string; contentBase64: string }> {
  return (await execute(exportQuery, { roundId, language })).exportSurveyAnswers;
}

/** The round's reported ties as a network, in a format of the network export (CSV gives two files). */
export async function exportSurveyNetwork(roundId: string, format: ExportFormat, language: Language): Promise<{ fileName: string; mediaType: string; contentBase64: string }[]> {
  return (await execute(exportNetworkQuery, { roundId, format, language })).exportSurveyNetwork;
}

/** Creates the proposed actor; its ties can be accepted after. */
export async function approveSurveyProposal(roundId: string, proposalId: string): Promise<string> {
  return (await execute(approveMutation, { roundId, proposalId })).approveSurveyProposal.id;
}
