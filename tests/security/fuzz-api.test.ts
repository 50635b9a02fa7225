import fc from 'fast-check';
import { idSchema, limits, nodeKindNames, relationKindNames } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeefselSchema } from '../../api/src/graphql/build-schema';
import { gql, startTestApp, testPassword, type TestApp } from '../support/test-app';

/**
 * Property tests: malformed and hostile input at every mutation and at the import. Each call
 * must get a clear client error (never an internal one), and the store must be exactly as before.
 */
let app: TestApp;
let existingIds: Set<string>;
/** A round with two links, made before the fuzzing starts (the arbitraries read it lazily). */
const survey = { roundId: 'unset', tokens: { draft: 'unset', submit: 'unset' } };

const clientCodes = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'UNAUTHENTICATED']);
const injections = [
  "x'}) DETACH DELETE (n) //",
  "'; DROP TABLE actors; --",
  'MATCH (n) DETACH DELETE n',
  '") OR 1=1 --',
  '{"$where": "1"}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];

const notAnId = fc.oneof(fc.constantFrom(...injections, '', ' ', 'a b', 'x'.repeat(limits.idLength + 1)), fc.string().filter((s) => !idSchema.safeParse(s).success));
const ghostId = fc.stringMatching(/^ghost-[a-z0-9]{1,12}$/);
const hugeText = (over: number) => fc.integer({ min: over + 1, max: over + 50_000 }).map((n) => 'x'.repeat(n));
const unknownKind = fc.string({ minLength: 1 }).filter((s) => !(nodeKindNames as string[]).includes(s));
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }));
/** `{ a: { a: ... } }` nested `depth` levels, for documents and inputs. */
const nested = fc.integer({ min: 20, max: 400 }).map((depth) => {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
});

const validActor = { id: 'fz-actor', kind: 'Organisation', name: 'Fuzz' };
const badActor = fc.oneof(
  notAnId.map((id) => ({ ...validActor, id })),
  unknownKind.map((kind) => ({ ...validActor, kind })),
  fc.constantFrom('', '   ').map((name) => ({ ...validActor, name })),
  hugeText(limits.nameLength).map((name) => ({ ...validActor, name })),
  hugeText(limits.descriptionLength).map((description) => ({ ...validActor, description })),
  fc.string({ minLength: 1 }).map((d) => ({ ...validActor, domains: [`NOT_${d}`] })),
  hugeText(limits.contactFieldLength).map((email) => ({ ...validActor, contact: { email } })),
  wrongType.map((name) => ({ ...validActor, name })),
  nested.map((contact) => ({ ...validActor, contact })),
  fc.constant({ ...validActor, unknownField: 1 }),
);

const validRelation = { kind: 'PARTNERS_WITH', source: 'mun-brugge', target: 'mun-oostende' };
const badRelation = fc.oneof(
  ghostId.map((target) => ({ ...validRelation, target })),
  ghostId.map((source) => ({ ...validRelation, source })),
  notAnId.map((source) => ({ ...validRelation, source })),
  fc.string({ minLength: 1 }).filter((s) => !(relationKindNames as string[]).includes(s)).map((kind) => ({ ...validRelation, kind })),
  fc.constant({ kind: 'PART_OF', source: 'mun-brugge', target: 'mun-oostende' }),
  fc.constant({ ...validRelation, target: 'mun-brugge' }),
  fc.constantFrom(0, -1, limits.maxWeight + 1).map((weight) => ({ ...validRelation, weight })),
  fc.constantFrom('2023-02-30', '2023-13-01', 'yesterday', "2023-01-01' OR '1'='1").map((since) => ({ ...validRelation, since })),
  fc.constant({ ...validRelation, since: '2024-01-01', until: '2023-01-01' }),
  fc.constant({ ...validRelation, status: 'ENDED' }),
  fc.string({ minLength: 1 }).filter((s) => !['PLANNED', 'ACTIVE', 'ENDED'].includes(s)).map((status) => ({ ...validRelation, status })),
  hugeText(limits.noteLength).map((note) => ({ ...validRelation, note })),
);

/** A document with valid new entries and one bad entry at a random place. */
const badDocument = fc.oneof(
  fc.tuple(badActor, fc.nat(5)).map(([bad, at]) => {
    const actors: unknown[] = Array.from({ length: 5 }, (_, i) => ({ id: `fz-doc-${i}`, kind: 'Project', name: `Fuzz ${i}` }));
    actors.splice(at, 0, bad);
    return { actors, relations: [{ kind: 'LOCATED_IN', source: 'fz-doc-0', target: 'mun-brugge' }] };
  }),
  fc.tuple(badRelation, fc.nat(3)).map(([bad, at]) => {
    const relations: unknown[] = [{ kind: 'LOCATED_IN', source: 'fz-doc-0', target: 'mun-brugge' }];
    relations.splice(at, 0, bad);
    return { actors: [{ id: 'fz-doc-0', kind: 'Project', name: 'Fuzz' }], relations };
  }),
  fc.constantFrom({}, { actors: 'all' }, { actors: [], relations: {} }, { actors: [1, 2, 3], relations: [] }, { relations: [] }),
  nested.map((deep) => ({ actors: [deep], relations: [] })),
);

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

const call = (query: string) => (variables: Record<string, unknown>): Call => ({ query, variables });

/** Hostile calls for every mutation; the test fails for a mutation missing here. */
const hostile: Record<string, fc.Arbitrary<Call>> = {
  upsertActor: badActor.map((input) => call('mutation ($input: ActorInput!) { upsertActor(input: $input) { id } }')({ input })),
  deleteActor: fc.oneof(notAnId, ghostId).map((id) => call('mutation ($id: ID!) { deleteActor(id: $id) }')({ id })),
  upsertRelation: badRelation.map((input) => call('mutation ($input: RelationInput!) { upsertRelation(input: $input) { id } }')({ input })),
  deleteRelation: fc.oneof(notAnId, ghostId).map((id) => call('mutation ($id: ID!) { deleteRelation(id: $id) }')({ id })),
  acceptSuggestion: fc
    .oneof(
      ghostId.map((t) => ({ s: 'mun-brugge', t })),
      notAnId.map((s) => ({ s, t: 'mun-oostende' })),
      fc.constant({ s: 'mun-brugge', t: 'mun-brugge' }),
    )
    .map((vars) => call('mutation ($s: ID!, $t: ID!) { acceptSuggestion(source: $s, target: $t) { id } }')(vars)),
  saveLayout: fc
    .oneof(
      ghostId.map((actorId) => ({ scope: { areaId: 'mun-brugge' }, p: [{ actorId, x: 0, y: 0 }] })),
      fc.double({ min: 1e8, max: 1e300, noNaN: true }).map((x) => ({ scope: { areaId: 'mun-brugge' }, p: [{ actorId: 'mun-brugge', x, y: -x }] })),
      fc.oneof(ghostId, notAnId, fc.constant('org-caw-nwvl')).map((areaId) => ({ scope: { areaId }, p: [] })),
    )
    .map((vars) => call('mutation ($scope: ScopeInput, $p: [ActorPositionInput!]!) { saveLayout(scope: $scope, positions: $p) }')(vars)),
  resetLayout: fc
    .oneof(ghostId, notAnId, fc.constant('org-caw-nwvl'))
    .map((areaId) => call('mutation ($scope: ScopeInput) { resetLayout(scope: $scope) }')({ scope: { areaId } })),
  importGraph: fc.oneof(badDocument, wrongType).map((data) => call('mutation ($data: JSONObject!) { importGraph(data: $data) { actors { created } } }')({ data })),
  importFiles: fc
    .oneof(
      fc.constantFrom(...injections).map((name) => ({ name, contentBase64: 'TmFhbSxTb29ydA==' })),
      fc.string().map((text) => ({ name: 'fuzz.csv', contentBase64: Buffer.from(text).toString('base64') })),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ name: 'fuzz.xlsx', contentBase64: Buffer.from(bytes).toString('base64') })),
      fc.string().map((contentBase64) => ({ name: 'fuzz.csv', contentBase64: `${contentBase64}!` })),
      badDocument.map((doc) => ({ name: 'fuzz.json', contentBase64: Buffer.from(JSON.stringify(doc)).toString('base64') })),
    )
    .map((file) => call('mutation ($files: [ImportFileInput!]!) { importFiles(files: $files, dryRun: false) { applied } }')({ files: [file] })),
  login: fc.tuple(fc.oneof(fc.string(), fc.constantFrom(...injections)), fc.string()).map(([name, password]) =>
    call('mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { id } }')({ n: name, p: password })),
  logout: fc.constantFrom(...injections).map((text) => call(`mutation { logout(extra: ${JSON.stringify(text)}) }`)({})),
  // With an argument it does not take, so it never runs (it would end the fuzzing user's sessions).
  logoutEverywhere: fc.constantFrom(...injections).map((text) => call(`mutation { logoutEverywhere(extra: ${JSON.stringify(text)}) }`)({})),
  changePassword: fc.tuple(fc.string().filter((s) => s !== testPassword), fc.string()).map(([c, n]) =>
    call('mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }')({ c, n })),
  createUser: fc.oneof(
    fc.oneof(notAnId, fc.constantFrom(...injections)).map((name) => ({ name, role: 'viewer' })),
    fc.string({ maxLength: 11 }).map((password) => ({ name: 'fuzz-user', role: 'viewer', password })),
    unknownKind.map((role) => ({ name: 'fuzz-user', role })),
    fc.constant({ name: 'test-viewer', role: 'viewer' }),
  ).map((input) => call('mutation ($input: NewUserInput!) { createUser(input: $input) { user { id } } }')({ input })),
  updateUser: fc.oneof(ghostId, notAnId).map((id) => call('mutation ($id: ID!) { updateUser(id: $id, changes: { role: editor }) { id } }')({ id })),
  deleteUser: fc.oneof(ghostId, notAnId).map((id) => call('mutation ($id: ID!) { deleteUser(id: $id) }')({ id })),
  erasePerson: fc.oneof(ghostId, notAnId, fc.constantFrom('mun-brugge', 'org-caw-nwvl')).map((actorId) =>
    call('mutation ($id: ID!) { erasePerson(actorId: $id) { pseudonym } }')({ id: actorId })),
  ...surveyHostile(),
};

/**
 * Network surveys: bad rounds and ids for the editor's mutations; for the respondent's, unknown or
 * hostile tokens, and bad answers sent with a valid token (one token per mutation, so the fuzzing
 * stays under the per-token rate limit).
 */
function surveyHostile(): Record<string, fc.Arbitrary<Call>> {
  // The round is made in beforeAll, after the arbitraries: read it when a value is drawn.
  const lazy = <T>(value: () => T) => fc.constant(null).map(value);
  const round = { title: 'Fuzz', areaId: 'nbh-brugge-sint-pieters', opensOn: '2026-01-01', closesOn: '2026-02-01' };
  const badRound = fc.oneof(
    fc.oneof(ghostId, notAnId, fc.constant('org-caw-nwvl')).map((areaId) => ({ ...round, areaId })),
    fc.constant({ ...round, projectId: 'prj-zb-assebroek' }),
    fc.constant({ ...round, closesOn: '2025-12-31' }),
    fc.constantFrom('', '   ').map((title) => ({ ...round, title })),
    hugeText(200).map((title) => ({ ...round, title })),
    fc.array(ghostId, { minLength: 1, maxLength: 3 }).map((actorIds) => ({ ...round, actorIds })),
    fc.constantFrom('2026-02-30', 'tomorrow').map((opensOn) => ({ ...round, opensOn })),
  );
  const roundAndId = fc.tuple(fc.oneof(ghostId, notAnId, lazy(() => survey.roundId)), fc.oneof(ghostId, notAnId));
  // Scored, as a submission needs: each bad partner below is bad for the one reason it shows.
  const validPartner = { partnerActorId: 'org-vivendo', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', valueItems: { INFLUENCE: 3 }, trustItems: { OPEN: 2 } };
  const badPartner = (self: string) => fc.oneof(
    fc.integer({ min: -5, max: 50 }).filter((n) => n < 1 || n > 4).map((trust) => ({ ...validPartner, trust })),
    fc.oneof(ghostId, notAnId).map((partnerActorId) => ({ ...validPartner, partnerActorId })),
    fc.constant({ ...validPartner, proposedActor: { name: 'Fuzz', kind: 'Organisation' } }),
    fc.constant({ ...validPartner, relationKind: 'MEMBER_OF' }),
    fc.constant({ ...validPartner, partnerActorId: self }),
    fc.string({ minLength: 1 }).map((level) => ({ ...validPartner, level })),
    fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...injections)).map((direction) => ({ ...validPartner, relationKind: 'REFERS_TO', direction })),
    hugeText(limits.noteLength).map((note) => ({ ...validPartner, note })),
    fc.constantFrom(...injections).map((name) => ({ ...validPartner, partnerActorId: null, proposedActor: { name, kind: 'NoSuchKind' } })),
  );
  // Refused in a submission only (a draft may be half done): no value or no trust score, whatever else the partner says.
  const unscoredPartner = fc
    .record({
      value: fc.constantFrom(undefined, null),
      trust: fc.constantFrom(undefined, null, 3),
      valueItems: fc.constantFrom(undefined, null, {}, { INFLUENCE: null, RESOURCES: null }),
      trustItems: fc.constantFrom(undefined, { OPEN: 2 }, { MISSION: null }),
    })
    .map((scores) => ({ ...validPartner, ...scores }));
  const answer = (mutation: string, token: () => string, self: string, partner: fc.Arbitrary<object> = badPartner(self)) =>
    fc
      .oneof(
        fc.oneof(fc.string(), fc.constantFrom(...injections), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)).map((t) => ({ token: t, answer: { partners: [validPartner] } })),
        partner.map((p) => ({ token: token(), answer: { partners: [p] } })),
        lazy(() => ({ token: token(), answer: { partners: Array.from({ length: 301 }, () => validPartner) } })),
        hugeText(limits.contactFieldLength).map((email) => ({ token: token(), answer: { contact: { email }, partners: [] } })),
      )
      .map((vars) => call(`mutation ($token: String!, $answer: SurveyAnswerInput!) { ${mutation}(token: $token, answer: $answer) { __typename } }`)(vars));
  return {
    createSurveyRound: badRound.map((input) => call('mutation ($input: NewSurveyRoundInput!) { createSurveyRound(input: $input) { round { id } } }')({ input })),
    inviteToSurvey: fc
      .oneof(
        fc.oneof(ghostId, notAnId).map((roundId) => ({ roundId, actorIds: ['mun-brugge'] })),
        fc.array(fc.oneof(ghostId, notAnId), { minLength: 1, maxLength: 3 }).map((actorIds) => ({ roundId: survey.roundId, actorIds })),
        lazy(() => ({ roundId: survey.roundId, actorIds: ['org-mintus'] })),
      )
      .map((vars) => call('mutation ($roundId: ID!, $actorIds: [ID!]!) { inviteToSurvey(roundId: $roundId, actorIds: $actorIds) { token } }')(vars)),
    reissueSurveyLink: roundAndId.map(([r, i]) => call('mutation ($r: ID!, $i: ID!) { reissueSurveyLink(roundId: $r, invitationId: $i) { token } }')({ r, i })),
    revokeSurveyLink: roundAndId.map(([r, i]) => call('mutation ($r: ID!, $i: ID!) { revokeSurveyLink(roundId: $r, invitationId: $i) }')({ r, i })),
    eraseSurveyRespondent: roundAndId.map(([r, i]) => call('mutation ($r: ID!, $i: ID!) { eraseSurveyRespondent(roundId: $r, invitationId: $i) }')({ r, i })),
    acceptSurveyTie: roundAndId.map(([r, key]) => call('mutation ($r: ID!, $key: String!) { acceptSurveyTie(roundId: $r, key: $key) { id } }')({ r, key })),
    approveSurveyProposal: roundAndId.map(([r, p]) => call('mutation ($r: ID!, $p: ID!) { approveSurveyProposal(roundId: $r, proposalId: $p) { id } }')({ r, p })),
    closeSurveyRound: fc.oneof(ghostId, notAnId).map((r) => call('mutation ($r: ID!) { closeSurveyRound(roundId: $r) { id } }')({ r })),
    acceptSurveyTies: fc
      .oneof(fc.oneof(ghostId, notAnId).map((r) => ({ r, rule: 'BOTH_SIDES' })), fc.string().map((rule) => ({ r: survey.roundId, rule })))
      .map((vars) => call('mutation ($r: ID!, $rule: SurveyAcceptRule!) { acceptSurveyTies(roundId: $r, rule: $rule) { skipped { key } } }')(vars)),
    saveSurveyDraft: answer('saveSurveyDraft', () => survey.tokens.draft, 'org-mintus'),
    submitSurveyAnswer: answer('submitSurveyAnswer', () => survey.tokens.submit, 'org-az-sint-jan', fc.oneof(badPartner('org-az-sint-jan'), unscoredPartner)),
  };
}

async function state() {
  const [graph, users, audit, positions, rounds, invitations, answers] = await Promise.all([
    app.store.exportGraph(),
    app.store.listUsers(),
    app.store.auditLog({}, { offset: 0, limit: 1 }),
    app.store.readPositions('mun-brugge'),
    app.store.listSurveyRounds(),
    app.store.listSurveyInvitations(survey.roundId),
    app.store.listSurveyAnswers(survey.roundId),
  ]);
  return { graph, users, auditEntries: audit.total, positions, rounds, invitations, answers };
}

beforeAll(async () => {
  app = await startTestApp({ security: { writesPerMinute: 1_000_000, readsPerMinute: 1_000_000, loginPerMinute: 1_000_000 } });
  existingIds = new Set((await app.store.exportGraph()).actors.map((a) => a.id));
  const today = new Date().toISOString().slice(0, 10);
  const { round, links } = await app.services.surveys.createRound(
    { title: 'Fuzz', areaId: 'nbh-brugge-sint-pieters', opensOn: today, closesOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`, actorIds: ['org-mintus', 'org-az-sint-jan'] },
    { userId: null, userName: 'fuzz' },
  );
  survey.roundId = round.id;
  const tokenOf = (actorId: string) => links.find((l) => l.actorId === actorId)!.token;
  survey.tokens = { draft: tokenOf('org-mintus'), submit: tokenOf('org-az-sint-jan') };
});
afterAll(() => app.stop());

describe('hostile input at every mutation', () => {
  it('has hostile input for every mutation in the schema', async () => {
    const mutations = Object.keys((await buildWeefselSchema()).getMutationType()?.getFields() ?? {});
    expect(mutations.filter((name) => !(name in hostile)), 'add an arbitrary for these mutations').toEqual([]);
  });

  for (const [name, arbitrary] of Object.entries(hostile)) {
    it(`${name}: a clear error (or false for an unknown id), and the store unchanged`, async () => {
      const before = await state();
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ query, variables }) => {
          if (typeof variables.id === 'string' && existingIds.has(variables.id) && name !== 'erasePerson') return;
          const res = await gql<Record<string, unknown>>(app.url, query, variables, { as: 'admin' });
          const codes = (res.errors ?? []).map((e) => e.extensions?.code);
          if (res.errors) {
            expect(codes.every((code) => clientCodes.has(code as string)), JSON.stringify(res.errors).slice(0, 500)).toBe(true);
            expect(res.errors[0]?.message).not.toBe('Internal server error');
          } else {
            // Only a delete of an unknown id, and logout, may answer without an error.
            expect(['deleteActor', 'deleteRelation', 'deleteUser']).toContain(name);
            expect(res.data?.[name]).toBe(false);
          }
          expect(await state()).toEqual(before);
        }),
        { numRuns: 30, seed: 20241123 },
      );
    }, 120_000);
  }
});

describe('injection-looking text in free-text fields', () => {
  it('is stored verbatim as data and changes nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...injections), fc.string({ maxLength: 40 }), async (injection, extra) => {
        const name = `${injection}${extra}`.trim().slice(0, limits.nameLength) || 'x';
        const before = await app.store.exportGraph();
        const res = await gql<{ upsertActor: { name: string } }>(
          app.url, 'mutation ($n: String!) { upsertActor(input: { id: "fz-verbatim", kind: Organisation, name: $n, description: $n }) { name } }', { n: name }, { as: 'admin' },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data?.upsertActor.name).toBe(name);
        expect((await app.store.getActor('fz-verbatim'))?.description).toBe(name);
        await app.store.deleteActor('fz-verbatim');
        expect(await app.store.exportGraph()).toEqual(before);
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 60_000);
});
