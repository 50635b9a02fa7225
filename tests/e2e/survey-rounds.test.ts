import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBrussels } from '@weefsel/graph-schema';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * Two survey rounds of a neighbourhood compared in a real browser: the changes view shows an
 * editor the figures and pairs `compareSurveyRounds` answers (the same fact in two places must
 * agree), the editors' survey view opens the same comparison, and a viewer sees nothing of it.
 * Two rounds of a project compared in the editors' survey view, the same way.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const desktop = { width: 1366, height: 768 };
const area = 'nbh-brugge-sint-pieters';
const project = { id: 'prj-zb-assebroek', area: 'nbh-brugge-assebroek' };
const today = todayInBrussels();
const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`;
const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;

interface Summary { invited: number; answered: number; pairs: number; density: number; isolatedActorIds: string[]; crossDomainPairs: number; averageValue: number | null; averageTrust: number | null }
interface Comparison { earlier: Summary; later: Summary; newPairs: string[]; keptPairs: string[]; lostPairs: string[] }

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let comparison: Comparison;
const names = new Map<string, string>();
let earlierId: string;
let laterId: string;
const projectRounds = { earlier: '', later: '', comparison: undefined as unknown as Comparison };

async function api<T>(query: string, variables: Record<string, unknown> = {}, as: 'editor' | 'viewer' | 'anonymous' = 'editor'): Promise<T> {
  const answer = await gql<T>(app.url, query, variables, { as });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const partner = (id: string, value: number, trust: number) => ({ partnerActorId: id, relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', value, trust });
/** A partner scored as the form asks it: some of the value and trust items answered. */
const itemPartner = (id: string, valueItems: Record<string, number>, trustItems: Record<string, number>) => ({ partnerActorId: id, relationKind: 'PARTNERS_WITH', level: 'COORDINATED', valueItems, trustItems });
type Reported = ReturnType<typeof partner> | ReturnType<typeof itemPartner>;

/** A round of the neighbourhood (or of the project) in which each listed actor names its partners. */
async function round(title: string, opensOn: string, answers: [string, Reported[]][], target: { areaId: string } | { projectId: string } = { areaId: area }): Promise<string> {
  const made = await api<{ createSurveyRound: { round: { id: string }; links: { actorId: string; token: string }[] } }>(
    'mutation ($input: NewSurveyRoundInput!) { createSurveyRound(input: $input) { round { id } links { actorId token } } }',
    { input: { title, ...target, opensOn, closesOn: inAYear } },
  );
  for (const [actorId, partners] of answers) {
    const token = made.createSurveyRound.links.find((l) => l.actorId === actorId)!.token;
    await api('mutation ($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { submittedAt } }', { token, answer: { partners } }, 'anonymous');
  }
  return made.createSurveyRound.round.id;
}

/** Serious and critical WCAG 2.1 A/AA violations (axe-core) inside the element, named. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<{ violations: { id: string; impact: string | null; help: string }[] }> } }).axe;
    return (await axe.run(within, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations;
  }, selector);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `[${v.impact}] ${v.id}: ${v.help}`);
}

/** A figure as the Dutch view writes it (Belgian notation, the figure's decimals). */
const dutch = (value: number | null, digits: number) => (value === null ? '–' : new Intl.NumberFormat('nl-BE', { maximumFractionDigits: digits }).format(value));
const figures: [string, (s: Summary) => number | null, number][] = [
  ['invited', (s) => s.invited, 0],
  ['answered', (s) => s.answered, 0],
  ['pairs', (s) => s.pairs, 0],
  ['density', (s) => s.density, 3],
  ['isolated', (s) => s.isolatedActorIds.length, 0],
  ['crossDomain', (s) => s.crossDomainPairs, 0],
  ['averageValue', (s) => s.averageValue, 2],
  ['averageTrust', (s) => s.averageTrust, 2],
];
const pairText = (pair: string) => pair.split('|').map((id) => names.get(id) ?? id).join(' – ');

/** The comparison on screen agrees with the API's: every figure of both rounds, the counts and every pair by name. */
async function expectSameAsApi(section: Locator, expected: Comparison = comparison) {
  const comparison = expected;
  for (const [figure, read, digits] of figures) {
    const cells = section.locator(`tr[data-figure="${figure}"] td`);
    expect(await cells.nth(0).textContent(), figure).toBe(dutch(read(comparison.earlier), digits));
    expect(await cells.nth(1).textContent(), figure).toBe(dutch(read(comparison.later), digits));
    const [before, after] = [read(comparison.earlier), read(comparison.later)];
    const change = before === null || after === null ? null : Number((after - before).toFixed(digits));
    const trend = change === null ? 'niet te bepalen' : change > 0 ? 'gestegen' : change < 0 ? 'gedaald' : 'gelijk';
    const number = change === null ? '' : `${change > 0 ? '+' : ''}${dutch(change, digits)} `;
    expect(await cells.nth(2).textContent(), figure).toBe(`${number}(${trend})`);
  }
  expect(await section.getByTestId('round-pair-counts').textContent()).toBe(
    `Paren: ${comparison.newPairs.length} nieuw, ${comparison.keptPairs.length} behouden, ${comparison.lostPairs.length} verdwenen.`,
  );
  for (const kind of ['new', 'kept', 'lost'] as const) {
    const shown = await section.getByTestId(`round-pairs-${kind}`).locator('li').allTextContents();
    expect(shown.sort(), kind).toEqual(comparison[`${kind}Pairs`].map(pairText).sort());
  }
}

/** The section at the top of the side panel, then its pair lists: test-output/survey-rounds-{figures,pairs}-<language>-1366.png. */
async function shots(page: Page, section: Locator, language: string) {
  await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(screenshotDir, `survey-rounds-figures-${language}-1366.png`) });
  await section.getByTestId('round-pair-counts').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(screenshotDir, `survey-rounds-pairs-${language}-1366.png`) });
}

async function editorPage(viewport = desktop): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(browser, app.url, { viewport });
  contexts.push(opened.context);
  await logInThroughApi(opened.context, app.url, testUsers.editor);
  return opened;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  // A partner outside the neighbourhood, named in the first round only: a lost pair.
  const { actors } = await api<{ actors: { items: { id: string }[] } }>('{ actors(filter: { areaId: "mun-brugge", kinds: [Organisation] }, limit: 100) { items { id } } }');
  const invited = ['ini-burenhulp-sint-pieters', 'org-az-sint-jan', 'org-bs-sint-pieters', 'org-mintus', 'org-vivendo'];
  const outside = actors.items.map((a) => a.id).find((id) => !invited.includes(id))!;
  earlierId = await round('Bevraging vorig jaar', yearAgo, [
    ['org-az-sint-jan', [partner('org-bs-sint-pieters', 2, 2)]],
    ['org-mintus', [partner('org-vivendo', 3, 2), partner(outside, 2, 3)]],
  ]);
  await api('mutation ($id: ID!) { closeSurveyRound(roundId: $id) { id } }', { id: earlierId });
  // This year every invited actor names every other: more new pairs than the list shows unfolded.
  laterId = await round('Bevraging dit jaar', today, [
    ['org-mintus', [partner('org-vivendo', 4, 4), partner('org-az-sint-jan', 3, 3), partner('org-bs-sint-pieters', 3, 4), partner('ini-burenhulp-sint-pieters', 4, 3)]],
    ['org-vivendo', [partner('org-az-sint-jan', 3, 3), partner('org-bs-sint-pieters', 2, 3), partner('ini-burenhulp-sint-pieters', 4, 4)]],
    ['org-az-sint-jan', [partner('org-bs-sint-pieters', 3, 3), partner('ini-burenhulp-sint-pieters', 2, 2)]],
    ['org-bs-sint-pieters', [partner('ini-burenhulp-sint-pieters', 3, 4)]],
  ]);
  comparison = await compare(earlierId, laterId);
  await projectRoundsWithAnswers();
  for (const id of new Set([comparison, projectRounds.comparison].flatMap((c) => [...c.newPairs, ...c.keptPairs, ...c.lostPairs]).flatMap((p) => p.split('|')))) {
    names.set(id, (await api<{ actor: { name: string } }>('query ($id: ID!) { actor(id: $id) { name } }', { id })).actor.name);
  }
}, 120_000);

async function compare(earlier: string, later: string): Promise<Comparison> {
  const answer = await api<{ compareSurveyRounds: Comparison }>(
    `query ($a: ID!, $b: ID!) { compareSurveyRounds(earlierRoundId: $a, laterRoundId: $b) {
      earlier { invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }
      later { invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }
      newPairs keptPairs lostPairs } }`,
    { a: earlier, b: later },
  );
  return answer.compareSurveyRounds;
}

/**
 * Two rounds of the project Zorgzame buurt Assebroek (its actors: the project and those tied to it),
 * answered with the value and trust items as the form sends them: some pairs kept, some new, some lost.
 */
async function projectRoundsWithAnswers(): Promise<void> {
  const target = { projectId: project.id };
  projectRounds.earlier = await round('Zorgzame buurt Assebroek: vorig jaar', yearAgo, [
    [project.id, [itemPartner('org-mintus', { INFLUENCE: 4, INVOLVEMENT: 3 }, { RELIABLE: 4 }), itemPartner('org-ldc-assebroek', { RESOURCES: 2 }, { OPEN: 3, MISSION: 2 })]],
    ['org-mintus', [itemPartner('org-vivendo', { INFLUENCE: 2 }, { RELIABLE: 2, OPEN: 3 })]],
    ['org-hak-brugge', [partner('ini-samana-assebroek', 3, 2)]],
  ], target);
  await api('mutation ($id: ID!) { closeSurveyRound(roundId: $id) { id } }', { id: projectRounds.earlier });
  projectRounds.later = await round('Zorgzame buurt Assebroek: dit jaar', today, [
    [project.id, [itemPartner('org-mintus', { INFLUENCE: 4, INVOLVEMENT: 4, RESOURCES: 3 }, { RELIABLE: 4, MISSION: 4 }), itemPartner('ini-buurtcomite-assebroek', { INVOLVEMENT: 3 }, { OPEN: 4 })]],
    ['org-mintus', [itemPartner('org-vivendo', { INFLUENCE: 3 }, { RELIABLE: 3 }), itemPartner('org-ldc-assebroek', { INVOLVEMENT: 4, RESOURCES: 3 }, { MISSION: 3 })]],
    ['org-vivendo', [itemPartner('org-mintus', { INFLUENCE: 3, INVOLVEMENT: 2 }, { RELIABLE: 4, OPEN: 3 })]],
    ['ini-samana-assebroek', [partner('ini-buurtcomite-assebroek', 4, 4)]],
  ], target);
  projectRounds.comparison = await compare(projectRounds.earlier, projectRounds.later);
}

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe('comparing two survey rounds of an area', () => {
  it('shows an editor, in the changes view, the last two rounds with the numbers compareSurveyRounds answers', async () => {
    expect([comparison.newPairs.length, comparison.keptPairs.length, comparison.lostPairs.length]).toEqual([8, 2, 1]);
    const { page, problems } = await editorPage();
    await page.goto(`${app.url}/?view=changes&area=${area}`);
    const section = page.getByTestId('round-comparison');
    await section.getByTestId('round-figures').waitFor();
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe('Netwerkbevraging: rondes vergeleken');
    expect(await section.getByLabel('Eerdere ronde').inputValue()).toBe(earlierId);
    expect(await section.getByLabel('Latere ronde').inputValue()).toBe(laterId);
    await expectSameAsApi(section);
    // A long list shows its first pairs and folds the rest away.
    const fresh = section.getByTestId('round-pairs-new');
    expect(await fresh.locator('details').getAttribute('open')).toBeNull();
    expect(await fresh.locator('summary').textContent()).toBe('Toon de overige 2 paren');
    expect(await seriousViolations(page, '[data-testid="round-comparison"]')).toEqual([]);
    await shots(page, section, 'nl');

    // The same round on both sides is refused with a message, and nothing is compared.
    await section.getByLabel('Eerdere ronde').selectOption(laterId);
    expect(await section.getByRole('alert').textContent()).toBe('Kies twee verschillende rondes.');
    expect(await section.getByTestId('round-figures').count()).toBe(0);
    await section.getByLabel('Eerdere ronde').selectOption(earlierId);
    await section.getByTestId('round-figures').waitFor();

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await section.getByRole('heading', { name: 'Network survey: rounds compared' }).waitFor();
    expect(await section.getByTestId('round-pair-counts').textContent()).toBe(`Pairs: 8 new, 2 kept, 1 lost.`);
    await fresh.locator('summary').click();
    await shots(page, section, 'en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(problems).toEqual([]);
  });

  it('opens the same comparison from the editors’ survey view', async () => {
    const { page, problems } = await editorPage();
    await page.goto(`${app.url}/?view=survey&area=${area}`);
    await page.locator('.survey-round-button', { hasText: 'Bevraging dit jaar' }).click();
    await page.getByRole('button', { name: 'Vergelijken met een eerdere ronde' }).click();
    const section = page.getByTestId('round-comparison');
    await section.getByTestId('round-figures').waitFor();
    await expectSameAsApi(section);
    expect(await seriousViolations(page, '.survey-editor')).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'survey-rounds-editor-nl-1366.png') });
    await page.getByRole('button', { name: 'Vergelijking sluiten' }).click();
    expect(await section.count()).toBe(0);
    // The earlier round has no round before it: no button.
    await page.locator('.survey-round-button', { hasText: 'Bevraging vorig jaar' }).click();
    await page.locator('.survey-results').waitFor();
    expect(await page.getByRole('button', { name: 'Vergelijken met een eerdere ronde' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows a viewer nothing of it, and the API refuses it to a viewer', async () => {
    const opened = await openPage(browser, app.url, { viewport: desktop });
    contexts.push(opened.context);
    await logInThroughApi(opened.context, app.url, testUsers.viewer);
    const asked: string[] = [];
    opened.page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await opened.page.goto(`${app.url}/?view=changes&area=${area}`);
    await opened.page.locator('.changes-view .metrics-table').waitFor();
    expect(await opened.page.getByTestId('round-comparison').count()).toBe(0);
    expect(asked.filter((body) => /surveyRounds|compareSurveyRounds/.test(body))).toEqual([]);
    expect(opened.problems).toEqual([]);
    const refused = await gql(app.url, 'query ($a: ID!, $b: ID!) { compareSurveyRounds(earlierRoundId: $a, laterRoundId: $b) { newPairs } }', { a: earlierId, b: laterId }, { as: 'viewer' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('comparing two survey rounds of a project', () => {
  it('compares, in the editors’ survey view, a project’s round with its earlier one, with the numbers compareSurveyRounds answers', async () => {
    const expected = projectRounds.comparison;
    expect([expected.newPairs.length, expected.keptPairs.length, expected.lostPairs.length]).toEqual([3, 2, 2]);
    const { page, problems } = await editorPage({ width: 1366, height: 900 });
    await page.goto(`${app.url}/?view=survey&area=${project.area}`);
    await page.locator('.survey-round-button', { hasText: 'Zorgzame buurt Assebroek: dit jaar' }).click();
    await page.getByRole('button', { name: 'Vergelijken met een eerdere ronde' }).click();
    const section = page.getByTestId('round-comparison');
    await section.getByTestId('round-figures').waitFor();
    expect(await section.locator('.view-intro').textContent()).toContain('twee rondes van dit project');
    // Only the project's rounds to choose from, this round against the one before it.
    const earlier = section.getByLabel('Eerdere ronde');
    expect(await earlier.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).sort())).toEqual([projectRounds.earlier, projectRounds.later].sort());
    expect(await section.getByLabel('Latere ronde').locator('option').count()).toBe(2);
    expect(await earlier.inputValue()).toBe(projectRounds.earlier);
    expect(await section.getByLabel('Latere ronde').inputValue()).toBe(projectRounds.later);
    await expectSameAsApi(section, expected);
    expect(await seriousViolations(page, '.survey-editor')).toEqual([]);
    // From the button that opened it, with the round chosen in the list beside it: test-output/survey-rounds-project-nl-1366.png.
    await page.locator('.survey-compare').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshotDir, 'survey-rounds-project-nl-1366.png') });

    // Swapped, the rounds compare the other way: the API's answer for that order, on screen.
    await earlier.selectOption(projectRounds.later);
    await section.getByLabel('Latere ronde').selectOption(projectRounds.earlier);
    await section.getByTestId('round-figures').waitFor();
    await expect.poll(() => section.getByTestId('round-pair-counts').textContent()).toBe('Paren: 2 nieuw, 2 behouden, 3 verdwenen.');
    await expectSameAsApi(section, await compare(projectRounds.later, projectRounds.earlier));

    // The project's earlier round has no round before it: no button. An area round is not compared with a project's.
    await page.locator('.survey-round-button', { hasText: 'Zorgzame buurt Assebroek: vorig jaar' }).click();
    await page.locator('.survey-results').waitFor();
    expect(await page.getByRole('button', { name: 'Vergelijken met een eerdere ronde' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
