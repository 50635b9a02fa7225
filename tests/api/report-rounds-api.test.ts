import { todayInBrussels } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdf-text';
import { gql, startTestApp, type Caller, type TestApp } from '../support/test-app';

/**
 * The area report's survey section over real HTTP: present for editors once the area has two
 * rounds, in both languages, with the figures `compareSurveyRounds` answers; absent for a viewer
 * and with one round.
 */

const area = 'nbh-brugge-sint-pieters';
const today = todayInBrussels();
const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`;
const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
const createRound = `mutation ($input: NewSurveyRoundInput!) { createSurveyRound(input: $input) { round { id } links { actorId token } } }`;
const submit = `mutation ($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { submittedAt } }`;
const reportQuery = `query ($areaId: ID!, $since: Date!, $language: Language) { areaReport(areaId: $areaId, since: $since, language: $language) { contentBase64 } }`;
const partner = (id: string, value: number, trust: number) => ({ partnerActorId: id, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', value, trust });

let app: TestApp;

async function api<T>(query: string, variables: Record<string, unknown>, as: Caller = 'editor'): Promise<T> {
  const res = await gql<T>(app.url, query, variables, { as });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** A round of the neighbourhood in which each listed actor names its partners. */
async function round(title: string, opensOn: string, answers: [string, ReturnType<typeof partner>[]][]): Promise<string> {
  const made = await api<{ createSurveyRound: { round: { id: string }; links: { actorId: string; token: string }[] } }>(createRound, {
    input: { title, areaId: area, opensOn, closesOn: inAYear },
  });
  for (const [actorId, partners] of answers) {
    const token = made.createSurveyRound.links.find((l) => l.actorId === actorId)!.token;
    await api(submit, { token, answer: { partners } }, 'anonymous');
  }
  return made.createSurveyRound.round.id;
}

async function reportText(as: Caller, language: 'nl' | 'en'): Promise<string> {
  const { areaReport } = await api<{ areaReport: { contentBase64: string } }>(reportQuery, { areaId: area, since: yearAgo, language }, as);
  return (await pdfPages(Buffer.from(areaReport.contentBase64, 'base64'))).join(' ');
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('the area report’s comparison of two survey rounds', () => {
  let earlier: string;
  let later: string;

  it('is left out while the area has one round', async () => {
    earlier = await round('Bevraging vorig jaar', yearAgo, [
      ['org-mintus', [partner('org-vivendo', 3, 3), partner('org-az-sint-jan', 2, 2)]],
      ['org-vivendo', [partner('org-mintus', 4, 3)]],
    ]);
    expect(await reportText('editor', 'nl')).not.toContain('twee rondes vergeleken');
  });

  it('compares the last two rounds for an editor, in Dutch and English, as compareSurveyRounds does', async () => {
    later = await round('Bevraging dit jaar', today, [
      ['org-mintus', [partner('org-vivendo', 4, 4), partner('org-bs-sint-pieters', 3, 3)]],
      ['org-az-sint-jan', [partner('org-bs-sint-pieters', 3, 2)]],
    ]);
    const { compareSurveyRounds: c } = await api<{
      compareSurveyRounds: { newPairs: string[]; keptPairs: string[]; lostPairs: string[]; earlier: { pairs: number; answered: number }; later: { pairs: number; answered: number } };
    }>(`query ($a: ID!, $b: ID!) { compareSurveyRounds(earlierRoundId: $a, laterRoundId: $b) { newPairs keptPairs lostPairs earlier { pairs answered } later { pairs answered } } }`, {
      a: earlier,
      b: later,
    });
    expect([c.newPairs.length, c.keptPairs.length, c.lostPairs.length]).toEqual([2, 1, 1]);

    const dutch = await reportText('editor', 'nl');
    expect(dutch).toContain('Netwerkbevraging: twee rondes vergeleken');
    expect(dutch).toContain('Bevraging vorig jaar');
    expect(dutch).toContain('Bevraging dit jaar');
    expect(dutch).toMatch(new RegExp(`Gemelde paren ${c.earlier.pairs} ${c.later.pairs} \\+${c.later.pairs - c.earlier.pairs}`));
    expect(dutch).toMatch(new RegExp(`Actoren die antwoordden ${c.earlier.answered} ${c.later.answered}`));
    expect(dutch).toContain(`${c.newPairs.length} nieuwe, ${c.keptPairs.length} behouden en ${c.lostPairs.length} verdwenen paren.`);
    const names = await api<{ a: { name: string }; b: { name: string } }>('query ($a: ID!, $b: ID!) { a: actor(id: $a) { name } b: actor(id: $b) { name } }', {
      a: 'org-az-sint-jan',
      b: 'org-mintus',
    });
    // The lost pair, named: Mintus named AZ Sint-Jan last year, and nobody did this year.
    expect(c.lostPairs).toEqual(['org-az-sint-jan|org-mintus']);
    expect(dutch).toContain(`${names.a.name} – ${names.b.name}`);

    const english = await reportText('editor', 'en');
    expect(english).toContain('Network survey: two rounds compared');
    expect(english).toContain(`${c.newPairs.length} new, ${c.keptPairs.length} kept and ${c.lostPairs.length} lost pairs.`);
    expect(english).not.toContain('twee rondes vergeleken');
  });

  it('is left out for a viewer, to whom the API refuses the comparison itself', async () => {
    const text = await reportText('viewer', 'nl');
    expect(text).toContain('Kerncijfers');
    expect(text).not.toContain('twee rondes vergeleken');
    expect(text).not.toContain('Bevraging dit jaar');
    const refused = await gql(app.url, `query ($a: ID!, $b: ID!) { compareSurveyRounds(earlierRoundId: $a, laterRoundId: $b) { newPairs } }`, { a: earlier, b: later }, { as: 'viewer' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
