import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * A round for a project, made in the editors' view; its project answers on a phone that an
 * organisation funds it (a directed kind reported from the other side); the editor sees the tie
 * from its source, accepts it as a relation from the funder to the project, and downloads the
 * round's network, whose relations are the round's reported ties.
 */
const phone = { width: 375, height: 667 };
const desktop = { width: 1366, height: 768 };
const area = { id: 'nbh-brugge-assebroek', name: 'Assebroek' };
const project = { id: 'prj-zb-assebroek', name: 'Zorgzame buurt Assebroek' };
const funder = { id: 'org-mintus', name: 'Mintus (woonzorgcentra en dienstencentra Brugge)' };

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let editor: Page;
const contexts: BrowserContext[] = [];
let roundId = '';
const links = new Map<string, string>();

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await gql<T>(app.url, query, variables, { as: 'editor' });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  const opened = await openPage(browser, app.url, { viewport: desktop });
  contexts.push(opened.context);
  await logInThroughApi(opened.context, app.url, testUsers.editor);
  editor = opened.page;
  for (const actor of [area, project, funder]) {
    const named = await api<{ actor: { name: string } | null }>('query($id: ID!) { actor(id: $id) { name } }', { id: actor.id });
    actor.name = named.actor?.name ?? actor.name;
  }
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe('a project round and a tie reported from the other side', () => {
  it('lets an editor create a round for a project of the area in view', async () => {
    await editor.goto(`${app.url}/?view=survey&area=${encodeURIComponent(area.id)}`);
    await editor.getByRole('heading', { name: `Nieuwe bevraging voor ${area.name}` }).waitFor();
    await editor.getByRole('radio', { name: /een project in/ }).check();
    const which = editor.getByLabel('Welk project');
    await which.selectOption(project.id);
    // The default title follows the target; the invitation line names the project.
    expect(await editor.getByLabel('Titel').inputValue()).toContain(project.name);
    await editor.getByText(`Uitgenodigd: ${project.name} en elke actor`).waitFor();
    await shot(editor, 'survey-editor-project-round-nl-1366', false);
    await editor.getByRole('button', { name: 'Bevraging aanmaken' }).click();
    const rows = editor.locator('.survey-links-table tbody tr');
    await rows.first().waitFor();
    for (const row of await rows.all()) links.set((await row.locator('th').textContent()) ?? '', (await row.locator('code').textContent()) ?? '');

    const { surveyRounds } = await api<{ surveyRounds: { id: string; areaId: string | null; projectId: string | null }[] }>('{ surveyRounds { id areaId projectId } }');
    expect(surveyRounds).toHaveLength(1);
    expect(surveyRounds[0]).toMatchObject({ areaId: null, projectId: project.id });
    roundId = surveyRounds[0]!.id;
    // Invited: the project and the actors tied to it.
    expect([...links.keys()]).toEqual(expect.arrayContaining([project.name, funder.name]));
  }, 60_000);

  it('lets the project say, on a phone, that an organisation funds it', async () => {
    const opened = await openPage(browser, app.url, { viewport: phone });
    contexts.push(opened.context);
    const page = opened.page;
    await page.goto(links.get(project.name)!);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByLabel('Zoek een partner op naam').fill(funder.name);
    await page.locator('.survey-choices button').filter({ has: page.locator('.survey-choice-name').getByText(funder.name, { exact: true }) }).first().click();
    const card = page.locator('fieldset.survey-partner-card').filter({ has: page.locator('legend', { hasText: funder.name }) });
    const kind = card.getByLabel('Soort samenwerking');
    const options = await kind.locator('option').allTextContents();
    // Both directions the schema allows between a project and an organisation, as sentences.
    expect(options).toEqual(expect.arrayContaining([`werkt samen met ${funder.name}`, `${funder.name} financiert ons`, `${funder.name} is penhouder van ons`]));
    // A project funds no one: that sentence is not offered.
    expect(options).not.toContain(`financiert ${funder.name}`);
    await kind.selectOption({ label: `${funder.name} financiert ons` });
    await card.getByRole('radio', { name: /^samenwerken/ }).check();
    // A submission needs at least one value and one trust item.
    await card.getByRole('group', { name: 'Brengt deze partner middelen in (mensen, geld, ruimte, kennis)?' }).getByRole('radio', { name: /^4 / }).check();
    await card.getByRole('group', { name: 'Kan je op deze partner rekenen?' }).getByRole('radio', { name: /^3 / }).check();
    // The chosen sentence is said in full under the select, which cuts a long name off on a phone.
    await card.locator('.survey-chosen-sentence').getByText(`${funder.name} financiert ons`).waitFor();
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot(page, 'survey-form-direction-nl-375', false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.locator('.survey-summary').getByText(`${funder.name} financiert ons`).waitFor();
    await page.getByRole('button', { name: 'Antwoord verzenden' }).click();
    await page.getByRole('status').filter({ hasText: /verzonden/i }).waitFor();
    expect(opened.problems).toEqual([]);
  }, 60_000);

  it('shows the editor the tie from its source, accepts it from the funder to the project, and downloads the round’s network', async () => {
    await editor.reload();
    await editor.locator('.survey-round-button').first().click();
    const tie = editor.locator('.survey-tie-list li').filter({ hasText: `${funder.name} financiert ${project.name}` });
    await tie.waitFor();
    await shot(editor, 'survey-editor-network-export-nl-1366', false);
    await tie.getByRole('button').click();
    await tie.getByText('opgenomen').waitFor();
    const relations = await app.store.relationsOf(project.id);
    // The seeds have other funders already; the accepted one carries the round in its note.
    const accepted = relations.filter((r) => r.kind === 'FUNDS' && r.note?.includes(`(${roundId})`));
    expect(accepted.map((r) => `${r.source}>${r.target}`)).toEqual([`${funder.id}>${project.id}`]);

    const group = editor.getByRole('group', { name: /Netwerk van deze ronde downloaden/ });
    const [download] = await Promise.all([editor.waitForEvent('download'), group.getByRole('button', { name: 'Gegevens (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`netwerkbevraging-${roundId}.json`);
    const doc = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as { relations: { kind: string; source: string; target: string }[] };
    const { surveyResults } = await api<{ surveyResults: { ties: { relationKind: string; sourceActorId: string; targetActorId: string }[] } }>(
      'query($r: ID!) { surveyResults(roundId: $r) { ties { relationKind sourceActorId targetActorId } } }',
      { r: roundId },
    );
    expect(doc.relations.map((r) => [r.kind, r.source, r.target])).toEqual(surveyResults.ties.map((t) => [t.relationKind, t.sourceActorId, t.targetActorId]));
    expect(doc.relations).toContainEqual(expect.objectContaining({ kind: 'FUNDS', source: funder.id, target: project.id }));
  }, 60_000);
});
