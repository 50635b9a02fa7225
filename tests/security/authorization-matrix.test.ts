import { hasRole, roleNames, type Role } from '@weefsel/graph-schema';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeefselSchema } from '../../api/src/graphql/build-schema';
import { gql, login, startTestApp, testPassword, testUsers, type Caller, type TestApp } from '../support/test-app';

type Access = 'public' | Role;

/**
 * Who may call what. EVERY query and mutation of the schema must be listed here: the test reads
 * the operations from the built schema, so a new one fails until someone decides its access.
 */
const policy: Record<string, Access> = {
  // Public: logging in and out, and asking who you are.
  me: 'public',
  login: 'public',
  logout: 'public',
  logoutEverywhere: 'viewer',
  // Reading the network: any logged-in user (viewers without personal data).
  actor: 'viewer',
  actors: 'viewer',
  search: 'viewer',
  relation: 'viewer',
  network: 'viewer',
  egoNetwork: 'viewer',
  networkMetrics: 'viewer',
  networkLayout: 'viewer',
  gaps: 'viewer',
  domainMatrix: 'viewer',
  boundarySpanners: 'viewer',
  path: 'viewer',
  compareScopes: 'viewer',
  networkChanges: 'viewer',
  areaCoverage: 'viewer',
  areaOverview: 'viewer',
  recommendPartners: 'viewer',
  regionCommunity: 'viewer',
  suggestCollaborations: 'viewer',
  areaReport: 'viewer',
  changePassword: 'viewer',
  // Writing the network, and the full export (it holds personal data).
  upsertActor: 'editor',
  deleteActor: 'editor',
  upsertRelation: 'editor',
  deleteRelation: 'editor',
  acceptSuggestion: 'editor',
  saveLayout: 'editor',
  resetLayout: 'editor',
  importGraph: 'editor',
  exportGraph: 'editor',
  importFiles: 'editor',
  exportNetwork: 'editor',
  importMaxBytes: 'editor',
  // Users, audit trail, erasure.
  users: 'admin',
  createUser: 'admin',
  updateUser: 'admin',
  deleteUser: 'admin',
  auditLog: 'admin',
  erasePerson: 'admin',
  // Network surveys: editors run rounds and accept what respondents report; erasing a respondent's
  // contact is an admin's, like erasePerson. Respondents need no login: their token is the key.
  surveyRounds: 'editor',
  surveyResults: 'editor',
  exportSurveyAnswers: 'editor',
  exportSurveyNetwork: 'editor',
  compareSurveyRounds: 'editor',
  createSurveyRound: 'editor',
  inviteToSurvey: 'editor',
  reissueSurveyLink: 'editor',
  revokeSurveyLink: 'editor',
  closeSurveyRound: 'editor',
  acceptSurveyTie: 'editor',
  acceptSurveyTies: 'editor',
  approveSurveyProposal: 'editor',
  eraseSurveyRespondent: 'admin',
  surveyForm: 'public',
  surveySearch: 'public',
  saveSurveyDraft: 'public',
  submitSurveyAnswer: 'public',
};

/** A call of each operation that succeeds (or fails on its input, never on access) when allowed. */
const calls: Record<string, (caller: Caller) => { query: string; variables?: Record<string, unknown> }> = {
  me: () => ({ query: '{ me { id } }' }),
  login: (caller) => ({
    query: 'mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { id } }',
    variables: { n: caller === 'anonymous' ? testUsers.viewer : testUsers[caller], p: testPassword },
  }),
  logout: () => ({ query: 'mutation { logout }' }),
  logoutEverywhere: () => ({ query: 'mutation { logoutEverywhere }' }),
  actor: () => ({ query: '{ actor(id: "mun-brugge") { id } }' }),
  actors: () => ({ query: '{ actors(limit: 1) { total } }' }),
  search: () => ({ query: '{ search(text: "brugge") { id } }' }),
  relation: () => ({ query: '{ relation(id: "none") { id } }' }),
  network: () => ({ query: '{ network(scope: { areaId: "mun-brugge" }) { areaId } }' }),
  egoNetwork: () => ({ query: '{ egoNetwork(actorId: "mun-brugge") { areaId } }' }),
  networkMetrics: () => ({ query: '{ networkMetrics(scope: { areaId: "mun-brugge" }) { __typename } }' }),
  networkLayout: () => ({ query: '{ networkLayout(scope: { areaId: "mun-brugge" }) { computed } }' }),
  gaps: () => ({ query: '{ gaps(scope: { areaId: "mun-brugge" }) { __typename } }' }),
  domainMatrix: () => ({ query: '{ domainMatrix(scope: { areaId: "mun-brugge" }) { __typename } }' }),
  boundarySpanners: () => ({ query: '{ boundarySpanners(scope: { areaId: "mun-brugge" }) { __typename } }' }),
  path: () => ({ query: '{ path(from: "mun-brugge", to: "mun-oostende") { __typename } }' }),
  compareScopes: () => ({ query: '{ compareScopes(scopes: [{ areaId: "mun-brugge" }]) { __typename } }' }),
  networkChanges: () => ({ query: '{ networkChanges(scope: { areaId: "mun-brugge" }, from: "2020-01-01", to: "2024-01-01") { __typename } }' }),
  areaCoverage: () => ({ query: '{ areaCoverage(areaId: "mun-brugge") { missingDomains } }' }),
  areaOverview: () => ({ query: '{ areaOverview(scope: { areaId: "cz-brugge" }) { childKind } }' }),
  recommendPartners: () => ({ query: '{ recommendPartners(actorId: "org-caw-nwvl", limit: 1) { __typename } }' }),
  regionCommunity: () => ({ query: '{ regionCommunity(actorId: "org-caw-nwvl") }' }),
  suggestCollaborations: () => ({ query: '{ suggestCollaborations(neighbourhoodId: "mun-brugge", limit: 1) { __typename } }' }),
  areaReport: () => ({ query: '{ areaReport(areaId: "mun-brugge", since: "2024-01-01") { fileName } }' }),
  saveLayout: () => ({ query: 'mutation { saveLayout(scope: { areaId: "mun-brugge" }, positions: []) }' }),
  resetLayout: () => ({ query: 'mutation { resetLayout(scope: { areaId: "mun-oostende" }) }' }),
  changePassword: () => ({ query: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "long enough password") { id } }' }),
  upsertActor: (caller) => ({ query: `mutation { upsertActor(input: { id: "matrix-${caller}", kind: Organisation, name: "Matrix" }) { id } }` }),
  deleteActor: () => ({ query: 'mutation { deleteActor(id: "matrix-none") }' }),
  upsertRelation: () => ({ query: 'mutation { upsertRelation(input: { kind: PARTNERS_WITH, source: "ghost-a", target: "ghost-b" }) { id } }' }),
  deleteRelation: () => ({ query: 'mutation { deleteRelation(id: "matrix-none") }' }),
  acceptSuggestion: () => ({ query: 'mutation { acceptSuggestion(source: "ghost-a", target: "ghost-b") { id } }' }),
  importGraph: () => ({ query: 'mutation { importGraph(data: { actors: [], relations: [] }) { actors { created } } }' }),
  exportGraph: () => ({ query: '{ exportGraph }' }),
  importFiles: () => ({ query: 'mutation { importFiles(files: [{ name: "matrix.csv", contentBase64: "TmFhbSxTb29ydA==" }]) { problemCount } }' }),
  exportNetwork: () => ({ query: '{ exportNetwork(format: GEXF, areaId: "mun-brugge") { fileName } }' }),
  importMaxBytes: () => ({ query: '{ importMaxBytes }' }),
  users: () => ({ query: '{ users { id } }' }),
  createUser: (caller) => ({ query: `mutation { createUser(input: { name: "matrix-${caller}", role: viewer }) { user { id } } }` }),
  updateUser: () => ({ query: 'mutation { updateUser(id: "no-such-user", changes: { role: editor }) { id } }' }),
  deleteUser: () => ({ query: 'mutation { deleteUser(id: "no-such-user") }' }),
  auditLog: () => ({ query: '{ auditLog(limit: 1) { total } }' }),
  erasePerson: () => ({ query: 'mutation { erasePerson(actorId: "no-such-person") { pseudonym } }' }),
  surveyRounds: () => ({ query: '{ surveyRounds { id } }' }),
  surveyResults: () => ({ query: '{ surveyResults(roundId: "no-such-round") { invited } }' }),
  exportSurveyAnswers: () => ({ query: '{ exportSurveyAnswers(roundId: "no-such-round") { fileName } }' }),
  exportSurveyNetwork: () => ({ query: '{ exportSurveyNetwork(roundId: "no-such-round", format: JSON) { fileName } }' }),
  compareSurveyRounds: () => ({ query: '{ compareSurveyRounds(earlierRoundId: "no-such-round", laterRoundId: "none") { newPairs } }' }),
  createSurveyRound: () => ({ query: 'mutation { createSurveyRound(input: { title: "Matrix", areaId: "org-caw-nwvl", opensOn: "2026-01-01", closesOn: "2026-02-01" }) { round { id } } }' }),
  inviteToSurvey: () => ({ query: 'mutation { inviteToSurvey(roundId: "no-such-round", actorIds: ["mun-brugge"]) { token } }' }),
  reissueSurveyLink: () => ({ query: 'mutation { reissueSurveyLink(roundId: "no-such-round", invitationId: "none") { token } }' }),
  revokeSurveyLink: () => ({ query: 'mutation { revokeSurveyLink(roundId: "no-such-round", invitationId: "none") }' }),
  closeSurveyRound: () => ({ query: 'mutation { closeSurveyRound(roundId: "no-such-round") { id } }' }),
  acceptSurveyTie: () => ({ query: 'mutation { acceptSurveyTie(roundId: "no-such-round", key: "none") { id } }' }),
  acceptSurveyTies: () => ({ query: 'mutation { acceptSurveyTies(roundId: "no-such-round", rule: BOTH_SIDES) { skipped { key } } }' }),
  approveSurveyProposal: () => ({ query: 'mutation { approveSurveyProposal(roundId: "no-such-round", proposalId: "none") { id } }' }),
  eraseSurveyRespondent: () => ({ query: 'mutation { eraseSurveyRespondent(roundId: "no-such-round", invitationId: "none") }' }),
  surveyForm: () => ({ query: '{ surveyForm(token: "not-a-token") { roundTitle } }' }),
  surveySearch: () => ({ query: '{ surveySearch(token: "not-a-token", text: "brugge") { id } }' }),
  saveSurveyDraft: () => ({ query: 'mutation { saveSurveyDraft(token: "not-a-token", answer: { partners: [] }) { draftSavedAt } }' }),
  submitSurveyAnswer: () => ({ query: 'mutation { submitSurveyAnswer(token: "not-a-token", answer: { partners: [] }) { submittedAt } }' }),
};

const callers: Caller[] = ['anonymous', ...roleNames];

function expectedCode(access: Access, caller: Caller): 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (access === 'public') return 'allowed';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  return hasRole(caller, access) ? 'allowed' : 'FORBIDDEN';
}

/** Logging out comes last: it ends the caller's session(s), so later calls would be anonymous. */
const last = ['logoutEverywhere', 'logout'];
function operations(schema: GraphQLSchema): string[] {
  const all = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
  return [...all.filter((name) => !last.includes(name)), ...last.filter((name) => all.includes(name))];
}

let app: TestApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await startTestApp({ security: { writesPerMinute: 10_000, readsPerMinute: 10_000, loginPerMinute: 10_000 } });
  schema = await buildWeefselSchema();
});
afterAll(() => app.stop());

describe('authorisation matrix (every query and mutation of the schema, every role and anonymous)', () => {
  it('has a policy and a call for every operation, and nothing stale', () => {
    const all = operations(schema);
    expect(all.filter((name) => !(name in policy)), 'operations without a policy: add them to the table').toEqual([]);
    expect(all.filter((name) => !(name in calls)), 'operations without a sample call').toEqual([]);
    expect(Object.keys(policy).filter((name) => !all.includes(name)), 'policy entries for operations that no longer exist').toEqual([]);
  });

  it('answers each caller exactly as the policy says', async () => {
    const mismatches: string[] = [];
    for (const name of operations(schema)) {
      for (const caller of callers) {
        const access = policy[name] as Access;
        const call = calls[name]?.(caller);
        if (!call) continue;
        const res = await gql(app.url, call.query, call.variables ?? {}, { as: caller });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const got = codes.includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : codes.includes('FORBIDDEN') ? 'FORBIDDEN' : 'allowed';
        const want = expectedCode(access, caller);
        if (got !== want) mismatches.push(`${name} as ${caller}: expected ${want}, got ${got} ${JSON.stringify(res.errors ?? [])}`);
        if (want === 'allowed' && codes.includes('INTERNAL_SERVER_ERROR')) mismatches.push(`${name} as ${caller}: internal error`);
        if (want !== 'allowed' && res.data && Object.values(res.data).some((v) => v !== null)) mismatches.push(`${name} as ${caller}: returned data`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('names the operation and the role needed in a refusal', async () => {
    // A session of its own: the matrix's logoutEverywhere ended the test editor's sessions.
    const { cookie } = await login(app.url, testUsers.editor, testPassword);
    const res = await gql(app.url, '{ users { id } }', {}, { cookie: cookie ?? '' });
    expect(res.errors?.[0]).toMatchObject({ message: 'users: needs the admin role; you are logged in as editor', extensions: { code: 'FORBIDDEN', params: { requiredRole: 'admin', role: 'editor' } } });
    const anonymous = await gql(app.url, '{ actors { total } }', {}, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.message).toMatch(/actors: you are not logged in; log in with the login mutation/);
  });

  it('refuses a whole anonymous request that mixes public and protected fields', async () => {
    const res = await gql(app.url, '{ me { id } actors { total } }', {}, { as: 'anonymous' });
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viaFragment = await gql(app.url, 'query { ...F } fragment F on Query { exportGraph }', {}, { as: 'anonymous' });
    expect(viaFragment.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
