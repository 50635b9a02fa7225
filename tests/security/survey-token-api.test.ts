import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';

/**
 * A respondent's token reaches only its own form: no operation takes an invitation or round id
 * from a respondent, so the token alone decides whose answer is read or written. Changed, revoked
 * or another round's tokens open nothing, and the form never carries another respondent's answer
 * nor anyone's personal data.
 */
const form = `query ($token: String!) { surveyForm(token: $token) { respondent { id } actors { id name kind } outsideActors { id } answer { contact { name email } partners { partnerActorId } } } }`;
const submit = `mutation ($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { submittedAt } }`;
const anon = { as: 'anonymous' as const };
/** A submitted partner needs a value and a trust score: one item of each is enough. */
const scored = { valueItems: { INFLUENCE: 3 }, trustItems: { OPEN: 3 } };

let app: TestApp;
const tokens = new Map<string, string>();
let roundId: string;

beforeAll(async () => {
  app = await startTestApp();
  const today = new Date().toISOString().slice(0, 10);
  const closes = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const made = await app.services.surveys.createRound({ title: 'Tokens', areaId: 'nbh-brugge-sint-pieters', opensOn: today, closesOn: closes, actorIds: ['org-mintus', 'org-vivendo'] }, { userId: null, userName: 'test' });
  roundId = made.round.id;
  for (const link of made.links) tokens.set(link.actorId, link.token);
  const other = await app.services.surveys.createRound({ title: 'Andere', areaId: 'nbh-brugge-assebroek', opensOn: today, closesOn: closes, actorIds: ['org-mintus'] }, { userId: null, userName: 'test' });
  tokens.set('other-round-mintus', other.links[0]!.token);
  const zone = await app.services.surveys.createRound({ title: 'Zorgzone', areaId: 'cz-brugge', opensOn: today, closesOn: closes, actorIds: ['org-mintus'] }, { userId: null, userName: 'test' });
  tokens.set('zone-mintus', zone.links[0]!.token);
});
afterAll(() => app.stop());

describe('survey tokens', () => {
  it('writes and reads only the answer of the token’s own invitation', async () => {
    const answer = { contact: { name: 'An Mintus', email: 'an@mintus.be' }, partners: [{ partnerActorId: 'org-vivendo', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', ...scored }, { partnerActorId: 'org-caw-nwvl', relationKind: 'PARTNERS_WITH', level: 'AWARENESS', ...scored }] };
    expect((await gql(app.url, submit, { token: tokens.get('org-mintus'), answer }, anon)).errors).toBeUndefined();
    const vivendo = await gql<{ surveyForm: { respondent: { id: string }; answer: unknown } }>(app.url, form, { token: tokens.get('org-vivendo') }, anon);
    expect(vivendo.data!.surveyForm).toMatchObject({ respondent: { id: 'org-vivendo' }, answer: null });
    expect(JSON.stringify(vivendo)).not.toContain('an@mintus.be');
    // Nor the partner Mintus found beyond the round: only a token's own answer names those.
    expect(JSON.stringify(vivendo)).not.toContain('org-caw-nwvl');
    const otherRound = await gql<{ surveyForm: { answer: unknown } }>(app.url, form, { token: tokens.get('other-round-mintus') }, anon);
    expect(otherRound.data!.surveyForm.answer).toBeNull();
    const mine = await gql<{ surveyForm: { answer: { contact: { email: string } } } }>(app.url, form, { token: tokens.get('org-mintus') }, anon);
    expect(mine.data!.surveyForm.answer.contact.email).toBe('an@mintus.be');
    expect(JSON.stringify(mine.data)).toContain('"outsideActors":[{"id":"org-caw-nwvl"}]');
  });

  it('opens nothing with a changed, revoked or made-up token, and says the same for each unknown one', async () => {
    const token = tokens.get('org-vivendo')!;
    const changed = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const t of [changed, token.slice(1), `${token}x`, '', "' OR 1=1 --"]) {
      const res = await gql(app.url, form, { token: t }, anon);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'token', code: 'surveyLinkUnknown' }] });
    }
    const invitation = (await app.store.listSurveyInvitations(roundId)).find((i) => i.actorId === 'org-vivendo')!;
    await app.services.surveys.revokeLink(roundId, invitation.id);
    const revoked = await gql(app.url, submit, { token, answer: { partners: [] } }, anon);
    expect(revoked.errors?.[0]?.extensions).toMatchObject({ issues: [{ code: 'surveyLinkRevoked' }] });
    expect(await app.store.getSurveyAnswer(invitation.id)).toBeNull();
  });

  it('shows respondents no people among the actors to choose from', async () => {
    const inZone = (await app.store.listActors({ areaId: 'cz-brugge' }, { offset: 0, limit: 1000 })).items;
    expect(inZone.map((a) => a.id)).toContain('tm-01');
    const res = await gql<{ surveyForm: { actors: { id: string; kind: string }[] } }>(app.url, form, { token: tokens.get('zone-mintus') }, anon);
    expect(res.data!.surveyForm.actors.length).toBeGreaterThan(10);
    expect(res.data!.surveyForm.actors.filter((a) => a.kind === 'TransitionManager' || a.id === 'tm-01')).toEqual([]);
  });
});
