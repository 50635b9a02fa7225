import { ValidationError } from '@weefsel/graph-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSecuritySettings } from '../config-security';
import { RateLimitedError } from '../rate-limited-error';
import { fixtureDocument } from '../store/contract/fixture';
import type { GraphStore } from '../store/graph-store';
import { openSqliteStore } from '../store/sqlite/sqlite-store';
import type { ReportedPartner } from '../store/survey-store';
import { SurveyService, type IssuedLink } from './survey.service';
import { hashSurveyToken } from './survey/survey-tokens';

const editor = { userId: 'u-ed', userName: 'editor' };
const client = '127.0.0.1';
let today = '2026-02-01';
let store: GraphStore;
let surveys: SurveyService;

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof ValidationError) return `${error.issues[0]?.path}:${error.issues[0]?.code}`;
  throw new Error(`expected a ValidationError, got ${String(error)}`);
}

async function newRound(): Promise<{ roundId: string; link: (actorId: string) => IssuedLink }> {
  const { round, links } = await surveys.createRound({ title: 'Bevraging Oostende 2026', areaId: 'm-oostende', opensOn: '2026-01-15', closesOn: '2026-03-15' }, editor);
  return { roundId: round.id, link: (actorId) => links.find((l) => l.actorId === actorId) as IssuedLink };
}

const partner = (id: string, level: ReportedPartner['level'], value: number, trust: number): ReportedPartner => ({ partnerActorId: id, relationKind: 'PARTNERS_WITH', level, value, trust, since: '2024-03-01' });

beforeEach(async () => {
  today = '2026-02-01';
  store = openSqliteStore(':memory:');
  await store.init();
  await store.importGraph(fixtureDocument());
  surveys = new SurveyService(store, () => today, defaultSecuritySettings().respondents);
});
afterEach(() => store.close());

describe('SurveyService: rounds and links', () => {
  it('invites the area’s organisations by default and stores only the hashes of their tokens', async () => {
    const { round, links } = await surveys.createRound({ title: 'R', areaId: 'm-oostende', opensOn: '2026-01-15', closesOn: '2026-03-15' }, editor);
    expect(links.map((l) => l.actorId).sort()).toEqual(['ci-buurtbabbel', 'm-oostende', 'o-marienstede', 'o-sociaal-huis', 'p-zorgzame-buurt']);
    const stored = await store.listSurveyInvitations(round.id);
    for (const link of links) {
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(stored.find((i) => i.id === link.invitationId)?.tokenHash).toBe(hashSurveyToken(link.token));
    }
    expect(JSON.stringify(stored)).not.toContain(links[0]?.token);
    expect(round.createdBy).toBe('editor');
    expect(await codeOf(() => surveys.createRound({ title: 'R', areaId: 'o-caw', opensOn: '2026-01-15', closesOn: '2026-03-15' }, editor))).toBe('areaId:notAnArea');
    await store.upsertActor({ id: 'n-leeg', kind: 'Neighbourhood', name: 'Lege buurt' });
    expect(await codeOf(() => surveys.createRound({ title: 'R', areaId: 'n-leeg', opensOn: '2026-01-15', closesOn: '2026-03-15' }, editor))).toBe('actorIds:noInvitees');
  });

  it('invites a project’s partners by default: the project and every actor tied to it, no places and no people', async () => {
    const { links } = await surveys.createRound({ title: 'Project', projectId: 'p-zorgzame-buurt', opensOn: '2026-01-15', closesOn: '2026-03-15' }, editor);
    expect(links.map((l) => l.actorId).sort()).toEqual(['ci-buurtbabbel', 'm-oostende', 'o-sociaal-huis', 'p-zorgzame-buurt']);
    const form = await surveys.respond.form(links.find((l) => l.actorId === 'ci-buurtbabbel')!.token, client);
    expect(form.actors.map((a) => a.id).sort()).toEqual(['m-oostende', 'o-sociaal-huis', 'p-zorgzame-buurt']);
  });

  it('lists the round’s actors as the graph is now: a write after the last form shows in the next', async () => {
    const { link } = await newRound();
    const token = link('o-marienstede').token;
    const name = async () => (await surveys.respond.form(token, client)).actors.find((a) => a.id === 'o-sociaal-huis')?.name;
    expect(await name()).toBe('Sociaal Huis Oostende');
    // A survey answer does not move the change mark; a graph write does.
    await surveys.respond.save(link('o-sociaal-huis').token, { partners: [partner('o-marienstede', 'COOPERATIVE', 3, 3)] }, 'submit', client);
    expect(await name()).toBe('Sociaal Huis Oostende');
    await store.upsertActor({ id: 'o-sociaal-huis', kind: 'Organisation', name: 'Sociaal Huis Oostende (OCMW)' });
    expect(await name()).toBe('Sociaal Huis Oostende (OCMW)');
  });

  it('opens a form only with a valid, unrevoked link of an open round, and shows names and kinds only', async () => {
    const { roundId, link } = await newRound();
    const huis = link('o-sociaal-huis');
    const form = await surveys.respond.form(huis.token, client);
    expect(form.respondent).toEqual({ id: 'o-sociaal-huis', name: 'Sociaal Huis Oostende', kind: 'Organisation' });
    expect(form.actors.map((a) => a.id)).not.toContain('o-sociaal-huis');
    expect(form.actors.every((a) => Object.keys(a).join() === 'id,name,kind')).toBe(true);
    expect(form.actors.map((a) => a.id)).toContain('o-marienstede');
    expect((await surveys.respond.search(huis.token, 'Eline', client)).map((a) => a.id)).toEqual([]);
    // The neighbourhood is a place, not a partner; the initiative named after it is one.
    expect((await surveys.respond.search(huis.token, 'Mariakerke', client)).map((a) => a.id)).toEqual(['ci-buurtbabbel']);
    expect((await surveys.respond.search(huis.token, 'CAW', client)).map((a) => a.id)).toEqual(['o-caw']);
    expect(await codeOf(() => surveys.respond.form('x'.repeat(43), client))).toBe('token:surveyLinkUnknown');
    await surveys.revokeLink(roundId, huis.invitationId);
    expect(await codeOf(() => surveys.respond.form(huis.token, client))).toBe('token:surveyLinkRevoked');
    const reissued = await surveys.reissueLink(roundId, huis.invitationId);
    expect(await codeOf(() => surveys.respond.form(huis.token, client))).toBe('token:surveyLinkUnknown');
    expect((await surveys.respond.form(reissued.token, client)).respondent.id).toBe('o-sociaal-huis');
    today = '2026-01-14';
    expect(await codeOf(() => surveys.respond.form(reissued.token, client))).toBe('token:surveyNotOpenYet');
    today = '2026-03-16';
    expect(await codeOf(() => surveys.respond.save(reissued.token, { partners: [] }, 'submit', client))).toBe('token:surveyClosed');
    today = '2026-02-01';
    await surveys.closeRound(roundId);
    expect(await codeOf(() => surveys.respond.form(reissued.token, client))).toBe('token:surveyClosed');
  });

  it('limits the requests per token', async () => {
    const { link } = await newRound();
    const token = link('o-marienstede').token;
    const outcomes = await Promise.all(Array.from({ length: 61 }, () => surveys.respond.search(token, 'Oostende', `c-${Math.random()}`).then(() => 'ok', (e: unknown) => e)));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(60);
    expect(outcomes.find((o) => o !== 'ok')).toBeInstanceOf(RateLimitedError);
  });

  it('limits the requests per address as configured, whatever the tokens', async () => {
    surveys = new SurveyService(store, () => today, { perTokenPerMinute: 60, perAddressPerMinute: 5 });
    const { link } = await newRound();
    const tokens = ['o-marienstede', 'o-sociaal-huis', 'ci-buurtbabbel'].map((id) => link(id).token);
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => surveys.respond.form(tokens[i % 3]!, 'nat-address').then(() => 'ok', (e: unknown) => e)));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
    expect(outcomes.find((o) => o !== 'ok')).toBeInstanceOf(RateLimitedError);
    // Another address has its own allowance.
    expect((await surveys.respond.form(tokens[0]!, 'other-address')).respondent.id).toBe('o-marienstede');
  });
});

describe('SurveyService: results and acceptance', () => {
  async function answeredRound() {
    const r = await newRound();
    const proposal: ReportedPartner = { proposedActor: { name: 'Buurtkern De Linde', kind: 'CitizenInitiative', place: 'Oostende' }, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', value: 3, trust: 2 };
    await surveys.respond.save(r.link('o-sociaal-huis').token, { contact: { name: 'An' }, partners: [partner('o-marienstede', 'COORDINATED', 4, 3), partner('ci-buurtbabbel', 'COOPERATIVE', 2, 2), proposal] }, 'submit', client);
    await surveys.respond.save(r.link('o-marienstede').token, { partners: [partner('o-sociaal-huis', 'COOPERATIVE', 2, 4)] }, 'submit', client);
    await surveys.respond.save(r.link('ci-buurtbabbel').token, { partners: [] }, 'submit', client);
    await surveys.respond.save(r.link('m-oostende').token, { partners: [partner('o-sociaal-huis', 'AWARENESS', 1, 1)] }, 'draft', client);
    return r;
  }

  it('reports the response rate, the reciprocity of each pair, averages and the proposed actor', async () => {
    const { roundId } = await answeredRound();
    const results = await surveys.results(roundId);
    expect([results.invited, results.answered, results.responseRate]).toEqual([5, 3, 0.6]);
    expect(results.respondents.filter((r) => !r.submittedAt).map((r) => r.actorId).sort()).toEqual(['m-oostende', 'p-zorgzame-buurt']);
    expect(results.pairs.map((p) => [p.a, p.b, p.reciprocity, p.averageValue, p.averageTrust])).toEqual([
      ['ci-buurtbabbel', 'o-sociaal-huis', 'CONTRADICTED', 2, 2],
      ['o-marienstede', 'o-sociaal-huis', 'BOTH_SIDES', 3, 3.5],
    ]);
    expect(results.actorScores.find((s) => s.actorId === 'o-sociaal-huis')).toMatchObject({ actorId: 'o-sociaal-huis', namedBy: 1, averageValue: 2, averageTrust: 4 });
    expect(results.proposals.map((p) => [p.name, p.kind, p.reporterActorId, p.actorId])).toEqual([['Buurtkern De Linde', 'CitizenInitiative', 'o-sociaal-huis', null]]);
    expect(results.ties.every((t) => t.roundId === roundId && t.invitationId.startsWith('inv-'))).toBe(true);
  });

  it('accepts by rule into the existing relation with its provenance, moving the change mark', async () => {
    const { roundId } = await answeredRound();
    const mark = await store.changeMark();
    const outcome = await surveys.acceptByRule(roundId, 'BOTH_SIDES', editor);
    expect(outcome.accepted.map((r) => [r.id, r.since])).toEqual([['r1', '2020-01-01']]);
    expect(outcome.accepted[0]?.note).toContain('Netwerkbevraging "Bevraging Oostende 2026"');
    expect(outcome.accepted[0]?.note).toContain('Sociaal Huis Oostende');
    expect(await store.changeMark()).not.toBe(mark);
    expect((await store.relationsOf('o-sociaal-huis')).filter((r) => r.kind === 'PARTNERS_WITH' && [r.source, r.target].includes('o-marienstede'))).toHaveLength(1);
    const audit = await store.auditLog({ operations: ['upsertRelation'] }, { offset: 0, limit: 1 });
    expect(audit.items[0]).toMatchObject({ targetId: 'r1', userName: 'editor' });
    const results = await surveys.results(roundId);
    expect(results.ties.filter((t) => t.acceptedRelationId === 'r1')).toHaveLength(2);
    // The contradicted pair waits for an editor: the rule leaves it, accepting it by hand works.
    expect((await surveys.acceptByRule(roundId, 'AT_LEAST_ONE_SIDE', editor)).accepted.map((r) => r.id)).toEqual(['r1']);
    const contradicted = results.ties.find((t) => t.partnerActorId === 'ci-buurtbabbel');
    expect((await surveys.acceptTie(roundId, contradicted?.key ?? '', editor)).id).toBe('ci-buurtbabbel--PARTNERS_WITH--o-sociaal-huis');
  });

  it('skips, and says why, a tie the rule chooses that graph-schema refuses', async () => {
    const { roundId, link } = await newRound();
    const funds: ReportedPartner = { partnerActorId: 'm-oostende', relationKind: 'FUNDS', level: 'COOPERATIVE', valueItems: { RESOURCES: 4 }, trustItems: { RELIABLE: 3 } };
    await surveys.respond.save(link('o-sociaal-huis').token, { partners: [funds, partner('o-marienstede', 'COOPERATIVE', 3, 3)] }, 'submit', client);
    const outcome = await surveys.acceptByRule(roundId, 'AT_LEAST_ONE_SIDE', editor);
    expect(outcome.accepted.map((r) => r.id)).toEqual(['r1']);
    expect(outcome.skipped).toMatchObject([{ key: 'o-sociaal-huis--FUNDS--m-oostende', code: 'endpointKinds' }]);
    expect((await store.relationsOf('m-oostende')).filter((r) => r.kind === 'FUNDS' && r.source === 'o-sociaal-huis')).toEqual([]);
  });

  it('accepts a tie to a proposed actor only after the actor is approved', async () => {
    const { roundId } = await answeredRound();
    const [proposal] = (await surveys.results(roundId)).proposals;
    const waiting = (await surveys.results(roundId)).ties.find((t) => t.proposalId === proposal?.id);
    expect(await codeOf(() => surveys.acceptTie(roundId, waiting?.key ?? '', editor))).toBe('key:proposalNotApproved');
    const actor = await surveys.approveProposal(roundId, proposal?.id ?? '', null, editor);
    expect(actor).toMatchObject({ name: 'Buurtkern De Linde', kind: 'CitizenInitiative', formal: false });
    const tie = (await surveys.results(roundId)).ties.find((t) => t.proposalId === proposal?.id);
    expect(tie?.partnerActorId).toBe(actor.id);
    expect((await surveys.acceptTie(roundId, tie?.key ?? '', editor)).target).toBe(actor.id);
    expect(await codeOf(() => surveys.approveProposal(roundId, 'prop-none', null, editor))).toBe('proposalId:unknownProposal');
  });

  it('erases a respondent’s contact', async () => {
    const { roundId, link } = await answeredRound();
    expect(await surveys.eraseRespondent(roundId, link('o-sociaal-huis').invitationId, editor)).toBe(true);
    expect((await store.getSurveyAnswer(link('o-sociaal-huis').invitationId))?.submitted?.contact).toBeNull();
  });
});

describe('SurveyService: export and comparison', () => {
  it('exports the submitted answers as CSV, a row per partner, without the contact and with formulas guarded', async () => {
    const { roundId, link } = await newRound();
    await surveys.respond.save(link('o-sociaal-huis').token, { contact: { email: 'an@huis.be' }, partners: [{ ...partner('o-marienstede', 'INTEGRATED', 4, 4), note: '=SUM(A1)' }] }, 'submit', client);
    await surveys.respond.save(link('ci-buurtbabbel').token, { partners: [] }, 'submit', client);
    await surveys.respond.save(link('o-marienstede').token, { partners: [partner('o-sociaal-huis', 'COOPERATIVE', 1, 1)] }, 'draft', client);
    const file = await surveys.exportAnswers(roundId, 'CSV', 'nl');
    expect(file.fileName).toBe(`netwerkbevraging-${roundId}.csv`);
    const lines = file.content.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('soort samenwerking');
    expect(lines).toHaveLength(3);
    // A single score from before the items: the score, and no item answered.
    expect(lines[0]).toContain('waarde,waarde: invloed,waarde: betrokkenheid,waarde: middelen,vertrouwen,vertrouwen: betrouwbaar');
    expect(lines.find((l) => l.includes('Sociaal Huis Oostende,'))).toContain(`geïntegreerd,,4,,,,4,,,,2024-03-01,'=SUM(A1)`);
    expect(lines.find((l) => l.includes('ci-buurtbabbel'))).toMatch(/,,,,,,,,,,$/);
    expect(file.content.toString('utf8')).not.toContain('an@huis.be');
    expect((await surveys.exportAnswers(roundId, 'XLSX', 'en')).content.subarray(0, 2).toString()).toBe('PK');
  });

  it('compares two rounds of one area: new, kept and lost pairs, density, isolated actors, cross-domain pairs and averages', async () => {
    const first = await newRound();
    await surveys.respond.save(first.link('o-sociaal-huis').token, { partners: [partner('o-marienstede', 'COORDINATED', 4, 3), partner('ci-buurtbabbel', 'COOPERATIVE', 2, 2)] }, 'submit', client);
    await surveys.respond.save(first.link('o-marienstede').token, { partners: [partner('o-sociaal-huis', 'COOPERATIVE', 2, 4)] }, 'submit', client);
    const second = await newRound();
    await surveys.respond.save(second.link('o-sociaal-huis').token, { partners: [partner('o-marienstede', 'INTEGRATED', 4, 4)] }, 'submit', client);
    // Marienstede (care, housing) names the CAW (welfare), outside the area: a tie across domains.
    await surveys.respond.save(second.link('o-marienstede').token, { partners: [partner('o-caw', 'COOPERATIVE', 3, 3)] }, 'submit', client);
    const comparison = await surveys.compareRounds(first.roundId, second.roundId);
    expect(comparison).toMatchObject({
      newPairs: ['o-caw|o-marienstede'],
      keptPairs: ['o-marienstede|o-sociaal-huis'],
      lostPairs: ['ci-buurtbabbel|o-sociaal-huis'],
    });
    expect(comparison.earlier).toEqual({
      roundId: first.roundId,
      invited: 5,
      answered: 2,
      pairs: 2,
      density: 0.2,
      isolatedActorIds: ['m-oostende', 'p-zorgzame-buurt'],
      crossDomainPairs: 0,
      averageValue: 2.67,
      averageTrust: 3,
    });
    expect(comparison.later).toMatchObject({ pairs: 2, density: 0.1, isolatedActorIds: ['ci-buurtbabbel', 'm-oostende', 'p-zorgzame-buurt'], crossDomainPairs: 1, averageValue: 3.5, averageTrust: 3.5 });
    const other = await surveys.createRound({ title: 'Brugge', areaId: 'm-brugge', opensOn: '2026-01-15', closesOn: '2026-03-15' }, editor);
    expect(await codeOf(() => surveys.compareRounds(first.roundId, other.round.id))).toBe('laterRoundId:roundsNotComparable');
  });
});
