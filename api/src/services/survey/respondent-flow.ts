import { nodeKindNames, personNameKinds, surveyPartnerKinds, type NodeKind } from '@weefsel/graph-schema';
import { RateLimiter } from '../../auth/rate-limiter';
import type { RespondentLimits } from '../../config-security';
import { RateLimitedError } from '../../rate-limited-error';
import type { GraphStore } from '../../store/graph-store';
import { MarkCache } from '../../store/mark-cache';
import type { SurveyAnswer, SurveyAnswerBody, SurveyInvitation, SurveyRound } from '../../store/survey-store';
import { openByToken } from './respondent-access';
import { actorsOfRound, visibleActors } from './survey-invitees';
import { hashSurveyToken } from './survey-tokens';

type ShownActor = { id: string; name: string; kind: NodeKind };

/** A round's actors: the ids of all of them (hidden kinds too), and those a respondent may choose from. */
interface RoundActors {
  ids: ReadonlySet<string>;
  shown: readonly ShownActor[];
}

/** What a respondent's link shows: the round, who answers, the round's actors (names and kinds only) and its own answer. */
export interface RespondentForm {
  roundTitle: string;
  intro: string | null;
  opensOn: string;
  closesOn: string;
  respondent: { id: string; name: string; kind: NodeKind };
  actors: ShownActor[];
  /**
   * Actors outside the round that this respondent's own draft or submission names (found by
   * `surveySearch` in an earlier visit), by name and kind only and never people nor places, so the
   * form can name them again. Only the token's own answer is read: never another respondent's.
   */
  outsideActors: ShownActor[];
  /** The draft when there is one, else the last submission; null before the first save. */
  answer: SurveyAnswerBody | null;
  submittedAt: string | null;
  draftSavedAt: string | null;
}

/** Kinds a respondent never finds: people (personal data) and places (no one collaborates with a place). */
const hiddenKinds = nodeKindNames.filter((kind) => personNameKinds.includes(kind) || !surveyPartnerKinds.includes(kind));

/**
 * The respondent's side, reached with a token and no login. Each call spends one request of the
 * token's and of the address's allowance first, so guessing tokens or flooding one form is cut
 * off before any store read.
 */
export class RespondentFlow {
  private readonly perToken: RateLimiter;
  private readonly perAddress: RateLimiter;

  /**
   * `limits` come from the configuration (`WEEFSEL_SURVEY_TOKEN_LIMIT`, `WEEFSEL_SURVEY_ADDRESS_LIMIT`);
   * `cache` is the services' one mark cache (createServices).
   */
  constructor(
    private readonly store: GraphStore,
    private readonly today: () => string,
    limits: RespondentLimits,
    private readonly cache: MarkCache = new MarkCache(store),
  ) {
    this.perToken = new RateLimiter(limits.perTokenPerMinute, limits.perTokenPerMinute);
    this.perAddress = new RateLimiter(limits.perAddressPerMinute, limits.perAddressPerMinute);
  }

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
    const [actors, answer, respondent] = await Promise.all([this.roundActors(round), this.store.getSurveyAnswer(invitation.id), this.store.getActor(invitation.actorId)]);
    const [outside] = await Promise.all([
      this.outsideActors(answer, (id) => id === invitation.actorId || actors.ids.has(id)),
      this.store.updateSurveyInvitation(invitation.id, { lastSeenAt: new Date().toISOString() }),
    ]);
    return {
      roundTitle: round.title,
      intro: round.intro,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      respondent: { id: invitation.actorId, name: respondent?.name ?? invitation.actorId, kind: respondent?.kind ?? 'Organisation' },
      actors: actors.shown.filter((a) => a.id !== invitation.actorId),
      outsideActors: outside,
      answer: answer?.draft ?? answer?.submitted ?? null,
      submittedAt: answer?.submittedAt ?? null,
      draftSavedAt: answer?.draftSavedAt ?? null,
    };
  }

  /**
   * The round's actors, kept in the mark cache until the graph changes (survey answers do not move
   * the change mark): without it, every form opened would list the whole area again (measured: 5.6 ms
   * of the 9.4 ms of a form of 600 actors on SQLite). Shared between requests: read-only.
   */
  private roundActors(round: SurveyRound): Promise<RoundActors> {
    const key = `surveyRoundActors|${round.areaId ?? ''}|${round.projectId ?? ''}`;
    const compute = async (): Promise<RoundActors> => {
      const actors = await actorsOfRound(this.store, round);
      return { ids: new Set(actors.map((a) => a.id)), shown: visibleActors(actors) };
    };
    return this.cache.get(key, compute, { size: (value) => value.ids.size });
  }

  /** The partners beyond the listed ones that the respondent's own draft or submission names, as `visibleActors` shows them. */
  private async outsideActors(answer: SurveyAnswer | null, listed: (id: string) => boolean): Promise<ShownActor[]> {
    const named = [answer?.draft, answer?.submitted].flatMap((body) => body?.partners.flatMap((p) => (p.partnerActorId ? [p.partnerActorId] : [])) ?? []);
    const ids = [...new Set(named)].filter((id) => !listed(id));
    return ids.length === 0 ? [] : visibleActors(await this.store.getActors(ids));
  }

  /** Partners outside the round's actors, by name: names and kinds only, never people nor places. */
  async search(token: string, text: string, clientKey: string): Promise<ShownActor[]> {
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
