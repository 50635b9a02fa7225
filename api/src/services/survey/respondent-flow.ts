import { nodeKindNames, personNameKinds, surveyPartnerKinds, type NodeKind } from '@weefsel/graph-schema';
import { RateLimiter } from '../../auth/rate-limiter';
import { RateLimitedError } from '../../rate-limited-error';
import type { GraphStore } from '../../store/graph-store';
import type { SurveyAnswer, SurveyAnswerBody, SurveyInvitation, SurveyRound } from '../../store/survey-store';
import { openByToken } from './respondent-access';
import { actorsOfRound, visibleActors } from './survey-invitees';
import { hashSurveyToken } from './survey-tokens';

/** What a respondent's link shows: the round, who answers, the round's actors (names and kinds only) and its own answer. */
export interface RespondentForm {
  roundTitle: string;
  intro: string | null;
  opensOn: string;
  closesOn: string;
  respondent: { id: string; name: string; kind: NodeKind };
  actors: { id: string; name: string; kind: NodeKind }[];
  /** The draft when there is one, else the last submission; null before the first save. */
  answer: SurveyAnswerBody | null;
  submittedAt: string | null;
  draftSavedAt: string | null;
}

/** Kinds a respondent never finds: people (personal data) and places (no one collaborates with a place). */
const hiddenKinds = nodeKindNames.filter((kind) => personNameKinds.includes(kind) || !surveyPartnerKinds.includes(kind));

/** Requests per minute: a form takes a few dozen calls; a sweep of guessed tokens takes thousands. */
export const respondentLimits = { perTokenPerMinute: 60, perAddressPerMinute: 600 } as const;

/**
 * The respondent's side, reached with a token and no login. Each call spends one request of the
 * token's and of the address's allowance first, so guessing tokens or flooding one form is cut
 * off before any store read.
 */
export class RespondentFlow {
  private readonly perToken = new RateLimiter(respondentLimits.perTokenPerMinute, respondentLimits.perTokenPerMinute);
  private readonly perAddress = new RateLimiter(respondentLimits.perAddressPerMinute, respondentLimits.perAddressPerMinute);

  constructor(
    private readonly store: GraphStore,
    private readonly today: () => string,
  ) {}

  private limit(operation: string, token: string, clientKey: string): void {
    const wait = Math.max(this.perAddress.take(clientKey), this.perToken.take(hashSurveyToken(token)));
    if (wait > 0) throw new RateLimitedError(operation, wait);
  }

  private async open(operation: string, token: string, clientKey: string): Promise<{ invitation: SurveyInvitation; round: SurveyRound }> {
    this.limit(operation, token, clientKey);
    return openByToken(this.store, operation, token, this.today());
  }

  async form(token: string, clientKey: string): Promise<RespondentForm> {
    const { invitation, round } = await this.open('surveyForm', token, clientKey);
    const [actors, answer, respondent] = await Promise.all([actorsOfRound(this.store, round), this.store.getSurveyAnswer(invitation.id), this.store.getActor(invitation.actorId)]);
    await this.store.updateSurveyInvitation(invitation.id, { lastSeenAt: new Date().toISOString() });
    return {
      roundTitle: round.title,
      intro: round.intro,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      respondent: { id: invitation.actorId, name: respondent?.name ?? invitation.actorId, kind: respondent?.kind ?? 'Organisation' },
      actors: visibleActors(actors).filter((a) => a.id !== invitation.actorId),
      answer: answer?.draft ?? answer?.submitted ?? null,
      submittedAt: answer?.submittedAt ?? null,
      draftSavedAt: answer?.draftSavedAt ?? null,
    };
  }

  /** Partners outside the round's actors, by name: names and kinds only, never people nor places. */
  async search(token: string, text: string, clientKey: string): Promise<{ id: string; name: string; kind: NodeKind }[]> {
    await this.open('surveySearch', token, clientKey);
    const found = await this.store.searchActors(text, 20, { excludeKinds: hiddenKinds });
    return found.map((a) => ({ id: a.id, name: a.name, kind: a.kind }));
  }

  /** Saves a draft, or submits (replacing an earlier submission); audited as `survey:<invitation>`. */
  async save(token: string, body: SurveyAnswerBody, mode: 'draft' | 'submit', clientKey: string): Promise<SurveyAnswer> {
    const { invitation } = await this.open(mode === 'submit' ? 'submitSurveyAnswer' : 'saveSurveyDraft', token, clientKey);
    return this.store.saveSurveyAnswer(invitation.id, body, mode, { userId: null, userName: `survey:${invitation.id}` });
  }
}
