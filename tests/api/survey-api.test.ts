import { trustItemNames, valueItemNames } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

/** Network surveys over real HTTP: an editor's round, three respondents by token, results and acceptance. */
const createRound = `mutation ($input: NewSurveyRoundInput!) {
  createSurveyRound(input: $input) { round { id status createdBy } links { invitationId actorId token } }
}`;
const form = `query ($token: String!) { surveyForm(token: $token) { roundTitle respondent { id name kind } actors { id name kind } answer { partners { partnerActorId level } } submittedAt } }`;
const submit = `mutation ($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { submittedAt } }`;
const draft = `mutation ($token: String!, $answer: SurveyAnswerInput!) { saveSurveyDraft(token: $token, answer: $answer) { draftSavedAt } }`;
const results = `query ($roundId: ID!) { surveyResults(roundId: $roundId) {
  invited answered responseRate respondents { actorId submittedAt }
  pairs { a b reciprocity averageValue averageTrust tieKeys }
  proposals { id name kind actorId } ties { key reporterActorId acceptedRelationId }
} }`;

interface Link {
  invitationId: string;
  actorId: string;
  token: string;
}

const area = 'nbh-brugge-sint-pieters';
const today = new Date().toISOString().slice(0, 10);
const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
const partner = (id: string, level: string, value: number, trust: number) => ({ partnerActorId: id, relationKind: 'PARTNERS_WITH', level, value, trust });
const codesOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors ?? []).map((e) => [e.extensions?.code, ...((e.extensions?.issues as { path: string; code: string }[] | undefined) ?? []).map((i) => `${i.path}:${i.code}`)]);

describe.each(testStoreKinds('survey API'))('network surveys over HTTP on %s', (store) => {
  let app: TestApp;
  let roundId: string;
  let links: Map<string, Link>;
  const token = (actorId: string) => links.get(actorId)?.token as string;

  beforeAll(async () => {
    app = await startTestApp({ store });
    const res = await gql<{ createSurveyRound: { round: { id: string; status: string; createdBy: string }; links: Link[] } }>(app.url, createRound, {
      input: { title: 'Netwerkbevraging Sint-Pieters', intro: 'Met wie werkte u samen?', areaId: area, opensOn: today, closesOn: inAYear },
    });
    expect(res.errors).toBeUndefined();
    roundId = res.data!.createSurveyRound.round.id;
    expect(res.data!.createSurveyRound.round).toMatchObject({ status: 'OPEN', createdBy: 'test-editor' });
    links = new Map(res.data!.createSurveyRound.links.map((l) => [l.actorId, l]));
  }, 120_000);
  afterAll(() => app.stop());

  it('invites the neighbourhood’s organisations; only editors create rounds and read results', async () => {
    expect([...links.keys()].sort()).toEqual(['ini-burenhulp-sint-pieters', 'org-az-sint-jan', 'org-bs-sint-pieters', 'org-mintus', 'org-vivendo']);
    const input = { title: 'x', areaId: area, opensOn: today, closesOn: inAYear };
    expect(codesOf(await gql(app.url, createRound, { input }, { as: 'viewer' }))[0]?.[0]).toBe('FORBIDDEN');
    expect(codesOf(await gql(app.url, results, { roundId }, { as: 'anonymous' }))[0]?.[0]).toBe('UNAUTHENTICATED');
  });

  it('opens a form by token without login, with names and kinds only, and refuses a bad token', async () => {
    const res = await gql<{ surveyForm: { respondent: { id: string }; actors: { id: string; name: string; kind: string }[] } }>(app.url, form, { token: token('org-mintus') }, { as: 'anonymous' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.surveyForm.respondent.id).toBe('org-mintus');
    expect(res.data!.surveyForm.actors.map((a) => a.id)).toContain('org-vivendo');
    expect(res.data!.surveyForm.actors.map((a) => a.id)).not.toContain('org-mintus');
    expect(codesOf(await gql(app.url, form, { token: 'A'.repeat(43) }, { as: 'anonymous' }))).toEqual([['BAD_USER_INPUT', 'token:surveyLinkUnknown']]);
    const bad = await gql(app.url, submit, { token: token('org-mintus'), answer: { partners: [partner('org-vivendo', 'COORDINATED', 4, 9)] } }, { as: 'anonymous' });
    expect(codesOf(bad)).toEqual([['BAD_USER_INPUT', 'partners[0].trust:outOfRange']]);
  });

  it('takes three answers (one proposes an actor, one contradicts another) and reports response rate and reciprocity', async () => {
    const anon = { as: 'anonymous' as const };
    const proposed = { proposedActor: { name: 'Buurtkern Sint-Pieters', kind: 'CitizenInitiative', place: 'Brugge' }, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', valueItems: { INVOLVEMENT: 3 }, trustItems: { OPEN: 3 } };
    expect((await gql(app.url, draft, { token: token('org-mintus'), answer: { partners: [partner('org-vivendo', 'COOPERATIVE', 2, 2)] } }, anon)).errors).toBeUndefined();
    const answers: [string, unknown[]][] = [
      ['org-mintus', [partner('org-vivendo', 'COORDINATED', 4, 3), proposed]],
      ['org-vivendo', [partner('org-mintus', 'COOPERATIVE', 3, 4), partner('org-az-sint-jan', 'INTEGRATED', 2, 2)]],
      ['org-az-sint-jan', [partner('org-bs-sint-pieters', 'COOPERATIVE', 3, 3)]],
    ];
    for (const [actorId, partners] of answers) {
      const res = await gql(app.url, submit, { token: token(actorId), answer: { contact: { name: 'Invuller', email: 'invuller@example.be' }, partners } }, anon);
      expect(res.errors, actorId).toBeUndefined();
    }
    // A token reaches only its own form: Mintus's answer is not in Vivendo's.
    const vivendo = await gql<{ surveyForm: { answer: { partners: { partnerActorId: string }[] } } }>(app.url, form, { token: token('org-vivendo') }, anon);
    expect(vivendo.data!.surveyForm.answer.partners.map((p) => p.partnerActorId)).toEqual(['org-mintus', 'org-az-sint-jan']);

    const res = await gql<{ surveyResults: { invited: number; answered: number; responseRate: number; pairs: { a: string; b: string; reciprocity: string; averageValue: number }[]; proposals: { name: string; actorId: string | null }[] } }>(app.url, results, { roundId });
    expect(res.errors).toBeUndefined();
    const r = res.data!.surveyResults;
    expect([r.invited, r.answered, r.responseRate]).toEqual([5, 3, 0.6]);
    expect(r.pairs.map((p) => [p.a, p.b, p.reciprocity])).toEqual([
      ['org-az-sint-jan', 'org-bs-sint-pieters', 'ONE_SIDE'],
      ['org-az-sint-jan', 'org-vivendo', 'CONTRADICTED'],
      ['org-mintus', 'org-vivendo', 'BOTH_SIDES'],
    ]);
    expect(r.pairs.find((p) => p.reciprocity === 'BOTH_SIDES')?.averageValue).toBe(3.5);
    expect(r.proposals).toMatchObject([{ name: 'Buurtkern Sint-Pieters', actorId: null }]);
    expect(JSON.stringify(r)).not.toContain('invuller@example.be');
  });

  it('accepts ties by rule into dated relations with provenance, and approves the proposed actor', async () => {
    const networkQuery = 'query ($scope: ScopeInput) { network(scope: $scope) { relations { id source target kind note } } }';
    type Net = { network: { relations: { id: string; source: string; target: string; kind: string; note: string | null }[] } };
    const tieIn = (net: Net) => net.network.relations.filter((r) => r.kind === 'PARTNERS_WITH' && [r.source, r.target].sort().join() === 'org-mintus,org-vivendo');
    // Read first, so the network is cached: the acceptance must move the change mark past it.
    const before = await gql<Net>(app.url, networkQuery, { scope: { areaId: area } }, { as: 'viewer' });
    const accepted = await gql<{ acceptSurveyTies: { accepted: { id: string; note: string }[]; skipped: unknown[] } }>(
      app.url,
      `mutation ($roundId: ID!) { acceptSurveyTies(roundId: $roundId, rule: AT_LEAST_ONE_SIDE) { accepted { id note } skipped { key code } } }`,
      { roundId },
    );
    expect(accepted.errors).toBeUndefined();
    const relations = accepted.data!.acceptSurveyTies.accepted;
    expect(relations).toHaveLength(2);
    for (const relation of relations) expect(relation.note).toContain(`(${roundId})`);
    const mintusVivendo = (await app.store.relationsOf('org-mintus')).filter((rel) => rel.kind === 'PARTNERS_WITH' && [rel.source, rel.target].includes('org-vivendo'));
    expect(mintusVivendo).toHaveLength(1);
    const after = await gql<Net>(app.url, networkQuery, { scope: { areaId: area } }, { as: 'viewer' });
    expect(tieIn(before.data!).some((r) => r.note?.includes(roundId))).toBe(false);
    expect(tieIn(after.data!).map((r) => [r.id, r.note?.includes(`(${roundId})`)])).toEqual([[mintusVivendo[0]!.id, true]]);

    const { data } = await gql<{ surveyResults: { proposals: { id: string }[] } }>(app.url, results, { roundId });
    const approve = `mutation ($roundId: ID!, $id: ID!) { approveSurveyProposal(roundId: $roundId, proposalId: $id) { id name kind } }`;
    expect(codesOf(await gql(app.url, approve, { roundId, id: data!.surveyResults.proposals[0]!.id }, { as: 'viewer' }))[0]?.[0]).toBe('FORBIDDEN');
    const approved = await gql<{ approveSurveyProposal: { id: string; kind: string } }>(app.url, approve, { roundId, id: data!.surveyResults.proposals[0]!.id });
    expect(approved.data!.approveSurveyProposal.kind).toBe('CitizenInitiative');
    expect(await app.store.getActor(approved.data!.approveSurveyProposal.id)).not.toBeNull();
  });

  it('exports the answers as CSV and compares the round with a later one of the same area', async () => {
    const exported = await gql<{ exportSurveyAnswers: { fileName: string; contentBase64: string } }>(
      app.url,
      `query ($roundId: ID!) { exportSurveyAnswers(roundId: $roundId, format: CSV, language: en) { fileName contentBase64 } }`,
      { roundId },
    );
    expect(exported.errors).toBeUndefined();
    const csv = Buffer.from(exported.data!.exportSurveyAnswers.contentBase64, 'base64').toString('utf8');
    expect(csv.split('\r\n').filter((l) => l.includes(roundId))).toHaveLength(5);
    expect(csv).toContain('level of collaboration');
    expect(csv).not.toContain('invuller@example.be');

    const later = await gql<{ createSurveyRound: { round: { id: string }; links: Link[] } }>(app.url, createRound, {
      input: { title: 'Een jaar later', areaId: area, opensOn: today, closesOn: inAYear, actorIds: ['org-mintus', 'org-bs-sint-pieters'] },
    });
    const laterLinks = later.data!.createSurveyRound.links;
    const mintus = laterLinks.find((l) => l.actorId === 'org-mintus')!.token;
    await gql(app.url, submit, { token: mintus, answer: { partners: [partner('org-vivendo', 'INTEGRATED', 4, 4), partner('org-bs-sint-pieters', 'COOPERATIVE', 3, 3)] } }, { as: 'anonymous' });
    const compared = await gql<{ compareSurveyRounds: { newPairs: string[]; keptPairs: string[]; lostPairs: string[]; later: { invited: number; density: number } } }>(
      app.url,
      `query ($a: ID!, $b: ID!) { compareSurveyRounds(earlierRoundId: $a, laterRoundId: $b) { newPairs keptPairs lostPairs later { invited density } } }`,
      { a: roundId, b: later.data!.createSurveyRound.round.id },
    );
    expect(compared.errors).toBeUndefined();
    expect(compared.data!.compareSurveyRounds).toEqual({
      newPairs: ['org-bs-sint-pieters|org-mintus'],
      keptPairs: ['org-mintus|org-vivendo'],
      // The approved proposal counts as an actor of the earlier round's network from then on.
      lostPairs: [expect.stringMatching(/^a-[0-9a-f]{16}\|org-mintus$/), 'org-az-sint-jan|org-bs-sint-pieters', 'org-az-sint-jan|org-vivendo'],
      later: { invited: 2, density: 1 },
    });
  });

  it('names the partners beyond the round that the respondent’s own answer names, never people, places or another’s', async () => {
    const anon = { as: 'anonymous' as const };
    const outsideForm = `query ($token: String!) { surveyForm(token: $token) { answer { partners { partnerActorId } } outsideActors { id name kind } } }`;
    type Outside = { surveyForm: { answer: { partners: { partnerActorId: string }[] } | null; outsideActors: { id: string; name: string; kind: string }[] } };
    const burenhulp = token('ini-burenhulp-sint-pieters');
    // Submitted with one partner found beyond the round, then a draft with another and, through the
    // API, a person and a neighbourhood (the form never offers those).
    expect((await gql(app.url, submit, { token: burenhulp, answer: { partners: [partner('org-caw-nwvl', 'COOPERATIVE', 3, 3), partner('org-mintus', 'AWARENESS', 2, 2)] } }, anon)).errors).toBeUndefined();
    const drafted = [partner('org-buurtwerk-brugge', 'COORDINATED', 4, 4), partner('tm-04', 'AWARENESS', 2, 2), partner('nbh-brugge-assebroek', 'AWARENESS', 2, 2)];
    expect((await gql(app.url, draft, { token: burenhulp, answer: { partners: drafted } }, anon)).errors).toBeUndefined();

    const own = await gql<Outside>(app.url, outsideForm, { token: burenhulp }, anon);
    expect(own.errors).toBeUndefined();
    expect(own.data!.surveyForm.answer!.partners.map((p) => p.partnerActorId)).toEqual(['org-buurtwerk-brugge', 'tm-04', 'nbh-brugge-assebroek']);
    expect(own.data!.surveyForm.outsideActors).toEqual([
      { id: 'org-buurtwerk-brugge', name: 'Buurtwerk Brugge', kind: 'Organisation' },
      { id: 'org-caw-nwvl', name: 'CAW Noord-West-Vlaanderen', kind: 'Organisation' },
    ]);
    // Another respondent's form never carries them: its own answer names only the round's actors.
    for (const other of ['org-vivendo', 'org-bs-sint-pieters']) {
      const theirs = await gql<Outside>(app.url, outsideForm, { token: token(other) }, anon);
      expect(theirs.data!.surveyForm.outsideActors, other).toEqual([]);
      expect(JSON.stringify(theirs.data), other).not.toMatch(/org-caw-nwvl|org-buurtwerk-brugge/);
    }
  });

  it('reports per pair and per actor the averages of each value and trust item, as answered', async () => {
    const anon = { as: 'anonymous' as const };
    const round = await gql<{ createSurveyRound: { round: { id: string }; links: Link[] } }>(app.url, createRound, {
      input: { title: 'Waarde en vertrouwen', areaId: area, opensOn: today, closesOn: inAYear, actorIds: ['org-mintus', 'org-vivendo', 'org-az-sint-jan'] },
    });
    const itemRound = round.data!.createSurveyRound.round.id;
    const tokenOf = new Map(round.data!.createSurveyRound.links.map((l) => [l.actorId, l.token]));
    type Report = { reporter: string; partner: string; valueItems?: Record<string, number | null>; trustItems?: Record<string, number | null>; value?: number; trust?: number };
    const reports: Report[] = [
      { reporter: 'org-mintus', partner: 'org-vivendo', valueItems: { INFLUENCE: 4, INVOLVEMENT: 3 }, trustItems: { RELIABLE: 4, MISSION: 3, OPEN: 2 } },
      { reporter: 'org-mintus', partner: 'org-az-sint-jan', valueItems: { RESOURCES: 1 }, trustItems: { OPEN: 3 } },
      { reporter: 'org-vivendo', partner: 'org-mintus', valueItems: { INFLUENCE: 2, INVOLVEMENT: 2, RESOURCES: 3 }, trustItems: { RELIABLE: 3 } },
      // One score each, as an API client (or an answer from before the items) gives it.
      { reporter: 'org-vivendo', partner: 'org-az-sint-jan', value: 3, trust: 2 },
      { reporter: 'org-az-sint-jan', partner: 'org-mintus', valueItems: { INFLUENCE: 1, INVOLVEMENT: null, RESOURCES: 4 }, trustItems: { MISSION: 4, OPEN: null } },
    ];
    const badItem = { partnerActorId: 'org-vivendo', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', valueItems: { INFLUENCE: 5 }, trustItems: { OPEN: 3 } };
    expect(codesOf(await gql(app.url, submit, { token: tokenOf.get('org-mintus'), answer: { partners: [badItem] } }, anon))).toEqual([['BAD_USER_INPUT', 'partners[0].valueItems.INFLUENCE:outOfRange']]);
    for (const reporter of tokenOf.keys()) {
      const partners = reports.filter((r) => r.reporter === reporter).map(({ reporter: _, partner, ...scores }) => ({ partnerActorId: partner, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', ...scores }));
      expect((await gql(app.url, submit, { token: tokenOf.get(reporter), answer: { partners } }, anon)).errors, reporter).toBeUndefined();
    }

    // What the results should say, computed here from the answers: a report's score is the mean of its items answered (else its single score).
    const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((sum, x) => sum + x, 0) / xs.length);
    const twoDecimals = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
    const answered = (items: Record<string, number | null> | undefined, names: readonly string[]) => names.flatMap((n) => (typeof items?.[n] === 'number' ? [items[n]] : []));
    const score = (r: Report, dimension: 'value' | 'trust') => mean(answered(dimension === 'value' ? r.valueItems : r.trustItems, dimension === 'value' ? valueItemNames : trustItemNames)) ?? r[dimension] ?? null;
    const perItem = (group: Report[], names: readonly string[], pick: (r: Report) => Record<string, number | null> | undefined) =>
      Object.fromEntries(names.map((n) => [n, twoDecimals(mean(group.flatMap((r) => answered(pick(r), [n]))))]));
    const expected = (group: Report[]) => ({
      averageValue: twoDecimals(mean(group.flatMap((r) => score(r, 'value') ?? []))),
      averageTrust: twoDecimals(mean(group.flatMap((r) => score(r, 'trust') ?? []))),
      averageValueItems: perItem(group, valueItemNames, (r) => r.valueItems),
      averageTrustItems: perItem(group, trustItemNames, (r) => r.trustItems),
    });
    const items = 'averageValue averageTrust averageValueItems { INFLUENCE INVOLVEMENT RESOURCES } averageTrustItems { RELIABLE MISSION OPEN }';
    type Averages = ReturnType<typeof expected>;
    const res = await gql<{ surveyResults: { pairs: (Averages & { a: string; b: string })[]; actorScores: (Averages & { actorId: string })[]; ties: { reporterActorId: string; partnerActorId: string; value: number; valueItems: Record<string, number | null> }[] } }>(
      app.url,
      `query ($roundId: ID!) { surveyResults(roundId: $roundId) { pairs { a b ${items} } actorScores { actorId ${items} } ties { reporterActorId partnerActorId value valueItems { INFLUENCE INVOLVEMENT RESOURCES } } } }`,
      { roundId: itemRound },
    );
    expect(res.errors).toBeUndefined();
    const { pairs, actorScores, ties } = res.data!.surveyResults;
    const pairKey = (x: string, y: string) => [x, y].sort().join('|');
    expect(pairs.map(({ a, b, ...averages }) => [pairKey(a, b), averages])).toEqual(
      [...new Set(reports.map((r) => pairKey(r.reporter, r.partner)))].sort().map((key) => [key, expected(reports.filter((r) => pairKey(r.reporter, r.partner) === key))]),
    );
    expect(actorScores.map(({ actorId, ...averages }) => [actorId, averages])).toEqual(
      [...new Set(reports.map((r) => r.partner))].sort().map((actorId) => [actorId, expected(reports.filter((r) => r.partner === actorId))]),
    );
    const mintusOnVivendo = ties.find((t) => t.reporterActorId === 'org-mintus' && t.partnerActorId === 'org-vivendo');
    expect(mintusOnVivendo).toMatchObject({ value: 3.5, valueItems: { INFLUENCE: 4, INVOLVEMENT: 3, RESOURCES: null } });

    const csv = await gql<{ exportSurveyAnswers: { contentBase64: string } }>(app.url, `query ($roundId: ID!) { exportSurveyAnswers(roundId: $roundId, format: CSV, language: nl) { contentBase64 } }`, { roundId: itemRound });
    const lines = Buffer.from(csv.data!.exportSurveyAnswers.contentBase64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toContain('waarde,waarde: invloed,waarde: betrokkenheid,waarde: middelen,vertrouwen,vertrouwen: betrouwbaar,vertrouwen: gedeelde missie,vertrouwen: open voor overleg');
    // Mintus (respondent) about Vivendo (partner): the value score, its items, the trust score, its items.
    const mintusRow = lines.find((l) => l.indexOf(',org-mintus,') >= 0 && l.indexOf(',org-mintus,') < l.indexOf(',org-vivendo,'));
    expect(mintusRow).toContain(',3.5,4,3,,3,4,3,2,');
  });

  it('refuses a submission with a partner without a value or trust score, coded as the form words it, keeping the answer; a draft may lack them', async () => {
    const anon = { as: 'anonymous' as const };
    const round = await gql<{ createSurveyRound: { links: Link[] } }>(app.url, createRound, {
      input: { title: 'Zonder scores', areaId: area, opensOn: today, closesOn: inAYear, actorIds: ['org-mintus', 'org-vivendo'] },
    });
    const mintus = round.data!.createSurveyRound.links.find((l) => l.actorId === 'org-mintus')!.token;
    expect((await gql(app.url, submit, { token: mintus, answer: { partners: [partner('org-vivendo', 'COOPERATIVE', 3, 3)] } }, anon)).errors).toBeUndefined();
    // The body only: the response's headers carry the time of day, which may tick between the two reads.
    const formBody = async () => {
      const { data, errors } = await gql(app.url, form, { token: mintus }, anon);
      return { data, errors };
    };
    const before = await formBody();
    expect(before.errors).toBeUndefined();
    const unscored = [partner('org-vivendo', 'COOPERATIVE', 3, 3), { partnerActorId: 'org-az-sint-jan', relationKind: 'PARTNERS_WITH', level: 'AWARENESS', trustItems: { OPEN: 2 } }];
    const refused = await gql(app.url, submit, { token: mintus, answer: { partners: unscored } }, anon);
    expect(codesOf(refused)).toEqual([['BAD_USER_INPUT', 'partners[1].valueItems:itemRequired']]);
    expect(await formBody()).toEqual(before);
    expect((await gql(app.url, draft, { token: mintus, answer: { partners: unscored } }, anon)).errors).toBeUndefined();
    const after = await gql<{ surveyForm: { answer: { partners: { partnerActorId: string }[] } } }>(app.url, form, { token: mintus }, anon);
    expect(after.data!.surveyForm.answer.partners.map((p) => p.partnerActorId)).toEqual(['org-vivendo', 'org-az-sint-jan']);
  });

  it('limits the requests of one token', async () => {
    const link = links.get('org-bs-sint-pieters')!;
    const started = Date.now();
    const calls = await Promise.all(Array.from({ length: 80 }, () => gql(app.url, form, { token: link.token }, { as: 'anonymous' })));
    // 60 a minute, refilled one a second while the calls run.
    const refilled = Math.ceil((Date.now() - started) / 1000) + 1;
    const limited = calls.filter((c) => codesOf(c)[0]?.[0] === 'RATE_LIMITED');
    expect(calls.filter((c) => !c.errors).length).toBeLessThanOrEqual(60 + refilled);
    expect(limited.length).toBeGreaterThanOrEqual(80 - 60 - refilled);
    expect(limited.length + calls.filter((c) => !c.errors).length).toBe(80);
    expect(limited[0]?.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
  }, 60_000);
});
