import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers, type TestApp } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * An actor's own lifespan (since/until) in the explorer: the panel says it in one line, and says so
 * plainly when the day in view falls outside it; an editor sets, corrects and clears it in the actor
 * form, with the API's refusal shown at the field it concerns.
 */
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

// The pilot project of the demo seeds exists 2016-05-01..2018-04-30; in view on a day it existed.
const pilot = 'prj-gbo-zoersel-pilot';
const pilotName = 'Geïntegreerd breed onthaal Zoersel (proefproject)';
const day = '2017-06-01';
const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

async function stored(): Promise<{ since: string | null; until: string | null } | undefined> {
  const answer = await gql<{ actor: { since: string | null; until: string | null } }>(app.url, 'query($id: ID!) { actor(id: $id) { since until } }', { id: pilot }, { as: 'editor' });
  return answer.data?.actor;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  ({ context, page, problems } = await openPage(browser, app.url, { viewport: { width: 1366, height: 768 }, locale: 'nl-BE' }));
  await logInThroughApi(context, app.url, testUsers.editor);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

describe('the lifespan of an actor', () => {
  it('says in the panel when the actor exists, in Dutch and in English', async () => {
    await page.goto(`${app.url}/?area=mun-zoersel&date=${day}&actor=${pilot}`);
    const panel = page.locator('.actor-details');
    await expect.poll(() => panel.locator('.actor-name').textContent()).toBe(pilotName);
    await expect.poll(() => panel.locator('.actor-lifespan').textContent()).toMatch(/^Bestaat van 1 mei 2016 tot en met 30 apr\.? 2018$/);
    expect(await panel.locator('.actor-absent').count()).toBe(0);
    await page.locator('.recommendations').waitFor();
    await page.locator('body[data-graph-state="ready"]').waitFor();
    await shot('actor-lifespan-panel-nl');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => panel.locator('.actor-lifespan').textContent()).toBe('Exists from 1 May 2016 until 30 Apr 2018');
    await shot('actor-lifespan-panel-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
  });

  it('loads both days into the actor form and shows the API refusing an end before the start at that field', async () => {
    await page.locator('.actor-details').getByRole('button', { name: 'Bewerken' }).click();
    const form = page.locator('form.actor-form');
    const since = form.getByLabel('sinds', { exact: true });
    const until = form.getByLabel('tot en met', { exact: true });
    await expect.poll(() => since.inputValue()).toBe('2016-05-01');
    expect(await until.inputValue()).toBe('2018-04-30');
    await shot('actor-lifespan-form-nl');
    await until.fill('2015-12-31');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.locator('.field-error').allTextContents()).toEqual(['tot en met: mag niet vóór de begindatum (1 mei 2016) liggen']);
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    expect(await since.getAttribute('aria-invalid')).toBeNull();
    await until.scrollIntoViewIfNeeded();
    await shot('actor-lifespan-form-error-nl');
    expect(await stored()).toEqual({ since: '2016-05-01', until: '2018-04-30' });
  });

  it('saves a new end, and says the actor does not count on the day in view once that day falls outside it', async () => {
    const form = page.locator('form.actor-form');
    await form.getByLabel('tot en met', { exact: true }).fill('2017-03-31');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(stored).toEqual({ since: '2016-05-01', until: '2017-03-31' });
    const panel = page.locator('.actor-details');
    await expect.poll(() => panel.locator('.actor-lifespan').textContent()).toMatch(/^Bestaat van 1 mei 2016 tot en met 31 mrt\.? 2017$/);
    await expect.poll(() => panel.locator('.actor-absent').textContent()).toMatch(/^Op 1 jun\.? 2017 bestond deze actor niet: hij telt die dag niet mee\.$/);
    // Neither an outside partner nor one to suggest partners for: it was not there that day.
    expect(await panel.locator('.boundary-counts').count()).toBe(0);
    expect(await page.locator('.recommendations').count()).toBe(0);
    // Its metrics box gives the same reason, not "outside the area".
    expect(await page.locator('.actor-metrics').textContent()).toContain('Geen kengetallen: deze actor bestond niet op die dag.');
    await panel.scrollIntoViewIfNeeded();
    await shot('actor-lifespan-absent-nl');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => panel.locator('.actor-absent').textContent()).toBe('On 1 Jun 2017 this actor did not exist: it does not count on that day.');
    await shot('actor-lifespan-absent-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
  });

  it('shows a tie recorded without an end as ended with the project in the history, as the API reads it', async () => {
    // A partner entered later without an end date: the project (now ended on 31 March 2017) ended it.
    const tie = 'org-cm-antwerpen--PARTNERS_WITH--prj-gbo-zoersel-pilot';
    const write = 'mutation { upsertRelation(input: { kind: PARTNERS_WITH, source: "org-cm-antwerpen", target: "prj-gbo-zoersel-pilot", since: "2016-09-01" }) { id status until } }';
    expect((await gql<{ upsertRelation: unknown }>(app.url, write, {}, { as: 'editor' })).data?.upsertRelation).toEqual({ id: tie, status: 'ENDED', until: null });
    await page.goto(`${app.url}/?area=mun-zoersel&history=1&actor=${pilot}`);
    await page.locator('body[data-graph-state="ready"]').waitFor();
    const item = page.locator(`.actor-ties li[data-relation-id="${tie}"]`);
    await expect.poll(() => item.getAttribute('data-status')).toBe('ENDED');
    expect(await item.textContent()).toMatch(/CM Antwerpen.*\(beëindigd\) · 1 sep\.? 2016 – 31 mrt\.? 2017 \(einde van deze actor\)/);
    const api = await gql<{ relation: { status: string } }>(app.url, `{ relation(id: "${tie}") { status } }`, {}, { as: 'viewer' });
    expect(api.data?.relation.status).toBe('ENDED');
    // Ended, it gets no new partners in the history either (the API refuses them, see recommend-api).
    expect(await page.locator('.actor-ended').textContent()).toBe('Deze actor bestaat niet meer, dus stellen we geen nieuwe partners voor.');
    expect(await page.locator('.recommendations').count()).toBe(0);
    await page.locator('.actor-ties').scrollIntoViewIfNeeded();
    await shot('actor-lifespan-history-tie-after-nl');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => item.textContent()).toMatch(/\(ended\) · 1 Sept? 2016 – 31 Mar 2017 \(end of this actor\)/);
    await shot('actor-lifespan-history-tie-after-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
  });

  it('refuses to clear the end a tie recorded as ended takes from the project, at that field, and clears both days once it has its own', async () => {
    // Recorded as ended without an end of its own: its end is the project's.
    const tie = 'org-sociaal-huis-zoersel--PARTNERS_WITH--prj-gbo-zoersel-pilot';
    const write = 'mutation { upsertRelation(input: { kind: PARTNERS_WITH, source: "org-sociaal-huis-zoersel", target: "prj-gbo-zoersel-pilot", status: ENDED }) { id status } }';
    expect((await gql<{ upsertRelation: unknown }>(app.url, write, {}, { as: 'editor' })).data?.upsertRelation).toEqual({ id: tie, status: 'ENDED' });
    await page.locator('.actor-details').getByRole('button', { name: 'Bewerken' }).click();
    const form = page.locator('form.actor-form');
    await form.getByLabel('sinds', { exact: true }).fill('');
    await form.getByLabel('tot en met', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => form.locator('.field-error').allTextContents())
      .toEqual([
        `tot en met: de einddatum van "${pilotName}" kan niet weg: de relatie "Sociaal Huis Zoersel werkt samen met ${pilotName}" is beëindigd en heeft geen eigen einddatum; geef die relatie eerst een einddatum of verwijder ze`,
      ]);
    expect(await form.getByLabel('tot en met', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('tot en met', { exact: true }).scrollIntoViewIfNeeded();
    await shot('actor-lifespan-clear-refused-nl');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect
      .poll(() => form.locator('.field-error').allTextContents())
      .toEqual([
        `until: the end date of "${pilotName}" cannot be cleared: the relation "Sociaal Huis Zoersel partners with ${pilotName}" has ended and has no end date of its own; give that relation an end date or delete it first`,
      ]);
    await shot('actor-lifespan-clear-refused-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(await stored()).toEqual({ since: '2016-05-01', until: '2017-03-31' });
    const ownEnd = `mutation { upsertRelation(input: { id: "${tie}", kind: PARTNERS_WITH, source: "org-sociaal-huis-zoersel", target: "${pilot}", status: ENDED, until: "2017-03-31" }) { id } }`;
    expect((await gql<{ upsertRelation: unknown }>(app.url, ownEnd, {}, { as: 'editor' })).errors).toBeUndefined();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(stored).toEqual({ since: null, until: null });
    const api = await gql<{ relation: { status: string } }>(app.url, `{ relation(id: "${tie}") { status } }`, {}, { as: 'viewer' });
    expect(api.data?.relation.status).toBe('ENDED');
    await expect.poll(() => page.locator('.actor-details .actor-name').textContent()).toBe(pilotName);
    await expect.poll(() => page.locator('.actor-details .actor-lifespan').count()).toBe(0);
    expect(await page.locator('.actor-details .actor-absent').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
