import { graphql } from '../../gql';
import type { SurveyAnswerInput, WebSurveyFormQuery, WebSurveySearchQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';

/*
 * The respondent's operations. The token travels only in the POST body, never in a URL the server
 * or a proxy could log; no operation here needs (or sends) a login.
 */

const formQuery = graphql(`
  query WebSurveyForm($token: String!) {
    surveyForm(token: $token) {
      roundTitle intro opensOn closesOn submittedAt draftSavedAt
      respondent { id name kind }
      actors { id name kind }
      outsideActors { id name kind }
      answer {
        contact { name email phone role }
        partners {
          partnerActorId relationKind direction level frequency value trust since note
          valueItems { INFLUENCE INVOLVEMENT RESOURCES }
          trustItems { RELIABLE MISSION OPEN }
          proposedActor { name kind place }
        }
      }
    }
  }
`);

const searchQuery = graphql(`
  query WebSurveySearch($token: String!, $text: String!) { surveySearch(token: $token, text: $text) { id name kind } }
`);

const saveDraftMutation = graphql(`
  mutation WebSaveSurveyDraft($token: String!, $answer: SurveyAnswerInput!) { saveSurveyDraft(token: $token, answer: $answer) { draftSavedAt submittedAt } }
`);

const submitMutation = graphql(`
  mutation WebSubmitSurveyAnswer($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { draftSavedAt submittedAt } }
`);

export type SurveyForm = WebSurveyFormQuery['surveyForm'];
export type SurveyActor = WebSurveySearchQuery['surveySearch'][number];
export type SavedAnswer = { draftSavedAt?: string | null; submittedAt?: string | null };
export type { SurveyAnswerInput };

export async function fetchSurveyForm(token: string, signal?: AbortSignal): Promise<SurveyForm> {
  return (await execute(formQuery, { token }, { signal })).surveyForm;
}

export async function searchSurveyActors(token: string, text: string, signal?: AbortSignal): Promise<SurveyActor[]> {
  return (await execute(searchQuery, { token, text }, { signal })).surveySearch;
}

/** Saves a draft (mode 'draft') or submits, replacing an earlier submission (mode 'submit'). */
export async function saveSurveyAnswer(token: string, answer: SurveyAnswerInput, mode: 'draft' | 'submit'): Promise<SavedAnswer> {
  if (mode === 'draft') return (await execute(saveDraftMutation, { token, answer })).saveSurveyDraft;
  return (await execute(submitMutation, { token, answer })).submitSurveyAnswer;
}
