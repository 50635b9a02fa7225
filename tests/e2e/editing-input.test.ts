import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInWithForm, openPage, screenshotDir, startBrowser } from './browser';

/**
 * Editing never loses input silently: an unreadable weight is an error at the field in
 * Dutch and nothing is saved; the partner picker finds actors that are not on the map; the actor
 * form shows and keeps the stored contact details.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
/** Bodies of the GraphQL requests that write a relation, to prove none was sent. */
const relationWrites: string[] = [];

interface ActorRow {
  id: string;
  kind: string;
  name: string;
}

let zone: ActorRow;
let source: ActorRow;
let offMap: ActorRow;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical WCAG 2.1 AA violations inside `selector` (axe-core). */
async function seriousViolations(selector: string): Promise<string[]> {
  // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (scope) => {
    type Violation = { id: string; impact: string | null; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(scope, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selector);
}

async function relationsOf(id: string) {
  const answer = await gql<{ actor: { relations: { source: string; target: string; weight: number | null }[] } }>(
    app.url,
    'query($id: ID!) { actor(id: $id) { relations { source target weight } } }',
    { id },
    { as: 'editor' },
  );
  return answer.data!.actor.relations;
}

/** A care zone, an organisation drawn in it, and an organisation of another zone (not on its map). */
async function pickActors() {
  const zones = await gql<{ actors: { items: ActorRow[] } }>(app.url, '{ actors(filter: { kinds: [CareZone] }, limit: 50) { items { id kind name } } }', {}, { as: 'editor' });
  const organisations = await gql<{ actors: { items: ActorRow[] } }>(app.url, '{ actors(filter: { kinds: [Organisation] }, limit: 500) { items { id kind name } } }', {}, { as: 'editor' });
  for (const candidate of zones.data!.actors.items) {
    const network = await gql<{ network: { nodes: { id: string; kind: string; boundary: boolean }[] } }>(
      app.url,
      'query($scope: ScopeInput) { network(scope: $scope) { nodes { id kind boundary } } }',
      { scope: { areaId: candidate.id } },
      { as: 'editor' },
    );
    const drawn = new Set(network.data!.network.nodes.map((node) => node.id));
    const inside = organisations.data!.actors.items.find((actor) => network.data!.network.nodes.some((node) => node.id === actor.id && !node.boundary));
    const outside = organisations.data!.actors.items.find((actor) => !drawn.has(actor.id) && actor.name.length >= 6);
    if (inside && outside) return { zone: candidate, source: inside, offMap: outside };
  }
  throw new Error('pickActors: the demo network has no care zone with an organisation inside and one outside');
}

beforeAll(async () => {
  app = await startTestApp();
  ({ zone, source, offMap } = await pickActors());
  browser = await startBrowser();
  // A Belgian Dutch browser: its date inputs read dd/mm/jjjj, as the users' do.
  ({ context, page, problems } = await openPage(browser, app.url, { viewport: { width: 1280, height: 800 }, locale: 'nl-BE' }));
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (request.url().endsWith('/graphql') && body.includes('upsertRelation')) relationWrites.push(body);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

describe('editing never loses input silently', () => {
  it('opens the actor in its care zone as an editor', async () => {
    await page.goto(`${app.url}/?area=${encodeURIComponent(zone.id)}&actor=${encodeURIComponent(source.id)}`);
    await logInWithForm(page, testUsers.editor);
    await page.waitForFunction((name) => document.querySelector('.actor-details .actor-name')?.textContent === name, source.name);
    // The partner of another zone is not drawn: the old "naar" list could never offer it.
    expect(await page.evaluate((id) => window.__weefselCy?.getElementById(id).empty(), offMap.id)).toBe(true);
  });

  it('finds a partner that is not on the map by searching the whole store', async () => {
    await page.locator('.actor-details').getByRole('button', { name: 'Nieuwe relatie' }).click();
    const form = page.locator('form.relation-form');
    const picker = form.getByRole('combobox', { name: 'naar' });
    await picker.fill(offMap.name.slice(0, 8));
    const option = form.getByRole('listbox', { name: 'naar' }).locator(`[data-actor-id="${offMap.id}"]`);
    await option.waitFor();
    await option.dispatchEvent('mousedown');
    await expect(picker.inputValue()).resolves.toBe(offMap.name);
    // Organisations may work together: the kinds for the chosen pair are offered.
    await expect(form.getByLabel('soort').locator('option').count()).resolves.toBeGreaterThan(0);
  });

  it('shows an unreadable weight as a Dutch error at the field and saves nothing', async () => {
    const form = page.locator('form.relation-form');
    const before = await relationsOf(source.id);
    await form.getByLabel('gewicht').fill('heel sterk');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const error = form.locator('#' + (await form.getByLabel('gewicht').getAttribute('aria-describedby')));
    await expect(error.textContent()).resolves.toBe('gewicht: "heel sterk" is geen getal; typ een getal groter dan 0, zoals 1 of 2,5');
    await expect(form.getByLabel('gewicht').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByRole('alert').textContent()).resolves.toBe('Controleer: gewicht.');
    await page.screenshot({ path: path.join(screenshotDir, 'editing-invalid-weight.png') });
    await form.screenshot({ path: path.join(screenshotDir, 'editing-invalid-weight-form.png') });
    expect(await seriousViolations('form.relation-form')).toEqual([]);
    // The problem is kept as a code: switching to English rewords it at once, and back.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => form.locator('.field-error').allTextContents()).toEqual(['weight: "heel sterk" is not a number; type a number above 0, such as 1 or 2.5']);
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await expect.poll(() => form.locator('.field-error').allTextContents()).toEqual(['gewicht: "heel sterk" is geen getal; typ een getal groter dan 0, zoals 1 of 2,5']);
    // Nothing was sent, nothing changed, and the form never claimed otherwise.
    expect(relationWrites).toEqual([]);
    expect(await relationsOf(source.id)).toEqual(before);
    await expect(page.getByText('De relatie is opgeslagen.').count()).resolves.toBe(0);
  });

  it('saves the relation once the weight is a number (Belgian comma)', async () => {
    const form = page.locator('form.relation-form');
    await form.getByLabel('gewicht').fill('2,5');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => (await relationsOf(source.id)).find((r) => r.source === offMap.id || r.target === offMap.id)?.weight).toBe(2.5);
    await expect.poll(() => page.getByText('De relatie is opgeslagen.').count()).toBeGreaterThan(0);
  });

  it('shows the stored contact details in the actor form and saves a change without losing the rest', async () => {
    await gql(app.url, 'mutation($input: ActorInput!) { upsertActor(input: $input) { id } }', {
      input: { id: source.id, kind: source.kind, name: source.name, contact: { phone: '050 12 34 56', person: 'An Peeters' } },
    }, { as: 'editor' });
    await page.reload();
    await page.waitForFunction((name) => document.querySelector('.actor-details .actor-name')?.textContent === name, source.name);
    await page.locator('.actor-details').getByRole('button', { name: 'Bewerken' }).click();
    const form = page.locator('form.actor-form');
    await expect.poll(() => form.getByLabel('telefoon').inputValue()).toBe('050 12 34 56');
    // An address without @ is refused at its field, in Dutch; nothing is saved.
    await form.getByLabel('e-mail').fill('info at example.be');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.locator('.field-error').allTextContents()).toEqual(['e-mail: is geen e-mailadres (naam@domein.be)']);
    expect(await seriousViolations('form.actor-form')).toEqual([]);
    await form.getByLabel('e-mail').fill('info@example.be');
    await form.locator('.contact-fields').screenshot({ path: path.join(screenshotDir, 'editing-contact.png') });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const read = () => gql<{ actor: { contact: Record<string, string | null> } }>(app.url, 'query($id: ID!) { actor(id: $id) { contact { email phone person } } }', { id: source.id }, { as: 'editor' });
    await expect.poll(async () => (await read()).data?.actor.contact).toEqual({ email: 'info@example.be', phone: '050 12 34 56', person: 'An Peeters' });
    expect(problems).toEqual([]);
  });
});
