import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personNameKinds, surveyPartnerKinds, trustItems, valueItems, type Language, type TrustItem, type ValueItem } from '@weefsel/graph-schema';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * Network surveys in a real browser: an editor creates a round through the UI and gets
 * the personal links; three respondents fill in the form on a phone-sized viewport (one proposes a
 * new actor, one contradicts another, one trips over a required question), answering PARTNER's value
 * and trust items; the editor sees the response rate, the reciprocity, the item averages and the
 * proposed actor, accepts ties, and the gaps view of the area
 * changes as the gaps query over the API says. axe-core checks every page of the form.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const phone = { width: 375, height: 667 };
const desktop = { width: 1366, height: 768 };

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface Gap { id: string; kind: string; actors: { id: string }[] }
interface Area { id: string; name: string; invitees: { id: string; name: string }[]; isolated: { gapId: string; actorId: string } }
let area: Area;
let editor: { page: Page; problems: string[] };
/** The personal links as the editor's sheet showed them, by actor name. */
const links = new Map<string, string>();

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await gql<T>(app.url, query, variables, { as: 'editor' });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const gapsOf = async (areaId: string) =>
  (await api<{ gaps: { gaps: Gap[] } }>('query($s: ScopeInput) { gaps(scope: $s) { gaps { id kind actors { id } } } }', { s: { areaId } })).gaps.gaps;

/** Serious and critical WCAG 2.1 A/AA violations (axe-core) on the page, named. */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations;
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: [${v.impact}] ${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  if (serious.length > 0) console.error(serious.join('\n'));
  return serious;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

/**
 * An area for the round: a municipality with a handful of invitable actors, one of them isolated
 * (a gap the survey can close), so the gaps view must change when its reported tie is accepted.
 */
async function chooseArea(): Promise<Area> {
  const { actors } = await api<{ actors: { items: { id: string; name: string }[] } }>('{ actors(filter: { kinds: [Municipality] }, limit: 500) { items { id name } } }');
  const candidates: Area[] = [];
  for (const municipality of actors.items) {
    const members = await api<{ actors: { items: { id: string; name: string; kind: string }[] } }>(
      'query($a: ID, $k: [NodeKind!]) { actors(filter: { areaId: $a, kinds: $k }, limit: 500) { items { id name kind } } }',
      { a: municipality.id, k: surveyPartnerKinds.filter((kind) => !personNameKinds.includes(kind)) },
    );
    const isolated = (await gapsOf(municipality.id)).find((gap) => gap.kind === 'ISOLATED_ACTOR' && members.actors.items.some((m) => m.id === gap.actors[0]?.id));
    if (isolated && members.actors.items.length >= 5) {
      candidates.push({ ...municipality, invitees: members.actors.items, isolated: { gapId: isolated.id, actorId: isolated.actors[0]!.id } });
    }
  }
  candidates.sort((a, b) => a.invitees.length - b.invitees.length);
  const chosen = candidates[0];
  if (!chosen) throw new Error('the demo network has no municipality with five invitable actors, one of them isolated');
  return chosen;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  area = await chooseArea();
  const opened = await openPage(browser, app.url, { viewport: desktop });
  contexts.push(opened.context);
  await logInThroughApi(opened.context, app.url, testUsers.editor);
  editor = { page: opened.page, problems: opened.problems };
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

/** A respondent's phone: a fresh context (no session) that opens its personal link. */
async function openLink(name: string): Promise<{ page: Page; problems: string[] }> {
  const link = links.get(name);
  if (!link) throw new Error(`no personal link for ${name}`);
  const opened = await openPage(browser, app.url, { viewport: phone });
  contexts.push(opened.context);
  await opened.page.goto(link);
  // Loaded: the form says for whom it is, or the page says why the link does not open.
  await opened.page.locator('.survey-for, .survey-main [role="alert"]').first().waitFor();
  return { page: opened.page, problems: opened.problems };
}

const card = (page: Page, partner: string): Locator => page.locator('fieldset.survey-partner-card').filter({ has: page.locator('legend', { hasText: partner }) });

async function choosePartner(page: Page, name: string) {
  await page.getByLabel('Zoek een partner op naam').fill(name);
  await page.locator('.survey-choices button').filter({ has: page.locator('.survey-choice-name').getByText(name, { exact: true }) }).first().click();
  await card(page, name).waitFor();
}

type Item = ValueItem | TrustItem;
type ItemAnswers = Partial<Record<Item, number>>;
const itemQuestion = (item: Item, language: Language) => ({ ...valueItems, ...trustItems })[item].question[language];

/** What each respondent answered about each partner, by item: the editor's averages are checked against it. */
const answered: { reporter: string; partner: string; items: ItemAnswers }[] = [];

/** Answers PARTNER items of a partner: the radio button "3 behoorlijk" in the group whose legend is the item's question. */
async function answerItems(page: Page, reporter: string, name: string, items: ItemAnswers, language: Language = 'nl') {
  for (const [item, answer] of Object.entries(items) as [Item, number][]) {
    await card(page, name).getByRole('group', { name: itemQuestion(item, language), exact: true }).getByRole('radio', { name: new RegExp(`^${answer} `) }).check();
  }
  answered.push({ reporter, partner: name, items });
}

/** The level, and the items a submission needs: at least one of value and one of trust (default one of each). */
async function answerPartner(page: Page, reporter: string, name: string, level: RegExp, items: ItemAnswers = { INVOLVEMENT: 3, RELIABLE: 3 }) {
  await card(page, name).getByRole('radio', { name: level }).check();
  await answerItems(page, reporter, name, items);
}

/** A name as a literal inside a regular expression (names may hold dots or brackets). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const goToStep = (page: Page, step: RegExp) => page.getByRole('navigation', { name: 'Stappen van de bevraging' }).getByRole('button', { name: step }).click();

describe('a network survey from round to accepted ties', () => {
  const names = () => [...area.invitees].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  let a: string, b: string, c: string, isolatedName: string;

  it('lets an editor create a round for the area in view and shows each personal link once, with a QR code', async () => {
    const { page } = editor;
    await page.goto(`${app.url}/?view=survey&area=${encodeURIComponent(area.id)}`);
    await page.getByRole('tab', { name: 'Netwerkbevraging', exact: true }).waitFor();
    await page.getByRole('heading', { name: `Nieuwe bevraging voor ${area.name}` }).waitFor();
    await page.getByLabel('Titel').fill(`Netwerkbevraging ${area.name} (test)`);
    await page.getByRole('button', { name: 'Bevraging aanmaken' }).click();
    const rows = page.locator('.survey-links-table tbody tr');
    await rows.first().waitFor();
    const { surveyRounds } = await api<{ surveyRounds: { id: string }[] }>('{ surveyRounds { id } }');
    expect(surveyRounds).toHaveLength(1);
    const { surveyResults } = await api<{ surveyResults: { respondents: { actorId: string; actorName: string }[] } }>(
      'query($r: ID!) { surveyResults(roundId: $r) { respondents { actorId actorName } } }',
      { r: surveyRounds[0]!.id },
    );
    area.invitees = surveyResults.respondents.map((r) => ({ id: r.actorId, name: r.actorName }));
    expect(area.invitees.map((r) => r.id)).toContain(area.isolated.actorId);
    for (const row of await rows.all()) {
      links.set((await row.locator('th').textContent()) ?? '', (await row.locator('code').textContent()) ?? '');
      expect(await row.getByRole('img', { name: /^QR-code met de link voor/ }).count()).toBe(1);
    }
    // Every invited actor has a link, and every link carries its token in the fragment only.
    expect(links.size).toBe(area.invitees.length);
    for (const link of links.values()) expect(new URL(link).hash).toMatch(/^#bevraging=[A-Za-z0-9_-]{43}$/);
    await shot(page, 'survey-editor-links-nl-1366');
    expect(await seriousViolations(page, 'editor links')).toEqual([]);

    const others = names().filter((actor) => actor.id !== area.isolated.actorId);
    [a, b, c] = others.slice(0, 3).map((actor) => actor.name) as [string, string, string];
    isolatedName = area.invitees.find((actor) => actor.id === area.isolated.actorId)!.name;
  });

  it('lets the first respondent fill in every page on a phone, propose a new actor, save a draft and come back to it', async () => {
    const { page, problems } = await openLink(a);
    await page.getByText(`U vult deze bevraging in voor ${a}`).waitFor();
    // The form is its own chunk: a phone loads no explorer and no map library (about 1.3 MB of script).
    const scriptBytes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith('.js')).reduce((sum, entry) => sum + entry.decodedBodySize, 0),
    );
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThan(600_000);
    await page.getByLabel('Uw naam (niet verplicht)').fill('An Peeters');
    await page.getByLabel('E-mailadres (niet verplicht)').fill('an@example.be');
    await shot(page, 'survey-form-about-nl-375');
    expect(await seriousViolations(page, 'form: about')).toEqual([]);

    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: new RegExp(`Met wie werkte ${literal(a)}`) }).waitFor();
    await choosePartner(page, b);
    await answerPartner(page, a, b, /^samenwerken/, { INFLUENCE: 4, INVOLVEMENT: 3, RELIABLE: 4, MISSION: 3 });
    await choosePartner(page, c);
    await answerPartner(page, a, c, /^afstemmen/, { RESOURCES: 2, OPEN: 3 });
    await page.getByLabel('Naam van de partner').fill('Buurtcafé De Linde');
    await page.getByLabel('Gemeente (niet verplicht)').fill(area.name);
    await page.getByRole('button', { name: 'Nieuwe partner toevoegen' }).click();
    await answerPartner(page, a, 'Buurtcafé De Linde', /^afstemmen/);
    await shot(page, 'survey-form-partners-nl-375');
    expect(await seriousViolations(page, 'form: partners')).toEqual([]);
    // The items on a 390 x 844 phone, for the docs: four answers in a row, "weet ik niet" under them, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    // With the question before them (how often) in view, so the shot shows where the items sit in the card.
    await card(page, b).getByRole('group', { name: 'Hoe waardevol is deze partner voor uw werk?' }).evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -110);
    });
    await page.screenshot({ path: path.join(screenshotDir, 'survey-form-items-nl-390.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize(phone);

    await page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Ontwerp bewaard' }).waitFor();
    // The same link later shows the saved draft.
    await page.reload();
    await page.getByText(/Laatst bewaard als ontwerp/).waitFor();
    await goToStep(page, /Uw partners/);
    for (const partner of [b, c, 'Buurtcafé De Linde']) expect(await card(page, partner).count()).toBe(1);
    expect(await card(page, b).getByRole('radio', { name: /^samenwerken/ }).isChecked()).toBe(true);
    // The draft kept the items: answered ones checked, the others "weet ik niet".
    const influence = card(page, b).getByRole('group', { name: itemQuestion('INFLUENCE', 'nl'), exact: true });
    expect(await influence.getByRole('radio', { name: /^4 heel erg/ }).isChecked()).toBe(true);
    expect(await card(page, b).getByRole('group', { name: itemQuestion('OPEN', 'nl'), exact: true }).getByRole('radio', { name: 'weet ik niet' }).isChecked()).toBe(true);

    await goToStep(page, /Nalezen en verzenden/);
    await shot(page, 'survey-form-send-nl-375');
    expect(await seriousViolations(page, 'form: send')).toEqual([]);
    await page.getByRole('button', { name: 'Antwoord verzenden' }).click();
    await page.getByRole('status').filter({ hasText: 'Bedankt!' }).waitFor();
    // Fits the phone: nothing wider than the viewport.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect(problems).toEqual([]);
  });

  it('lets a second respondent answer in English and contradict the first', async () => {
    const { page, problems } = await openLink(b);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: /Step 1 of 3/ }).waitFor();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByLabel('Search a partner by name').fill(a);
    await page.locator('.survey-choices button').filter({ has: page.locator('.survey-choice-name').getByText(a, { exact: true }) }).first().click();
    // Aware of each other, where the first said coordinated: two steps apart.
    await card(page, a).getByRole('radio', { name: /^aware of each other/ }).check();
    await answerItems(page, b, a, { INFLUENCE: 1, OPEN: 2 }, 'en');
    await shot(page, 'survey-form-partners-en-375');
    expect(await seriousViolations(page, 'form: partners (en)')).toEqual([]);
    await page.getByRole('navigation', { name: 'Steps of the survey' }).getByRole('button', { name: /Review and submit/ }).click();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('status').filter({ hasText: 'Thank you!' }).waitFor();
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(problems).toEqual([]);
  });

  it('tells the third respondent what is missing, at the field, and takes the answer once it is there', async () => {
    const { page, problems } = await openLink(c);
    await goToStep(page, /Uw partners/);
    await choosePartner(page, a);
    await choosePartner(page, isolatedName);
    await page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'problemen om op te lossen' });
    await summary.waitFor();
    expect(await summary.getByRole('button').count()).toBe(2);
    await shot(page, 'survey-form-errors-nl-375');
    expect(await seriousViolations(page, 'form: errors')).toEqual([]);
    // The line names the partner and the question; choosing it focuses the question, whose error is read with it.
    await summary.getByRole('button', { name: new RegExp(`^${literal(a)}: "Hoe nauw werkt u samen\\?" is verplicht`) }).click();
    const level = card(page, a).getByRole('group', { name: 'Hoe nauw werkt u samen?' });
    await expect.poll(() => level.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await level.getAttribute('aria-describedby')).toMatch(/-error$/);

    await card(page, a).getByRole('radio', { name: /^samenwerken/ }).check();
    await card(page, isolatedName).getByRole('radio', { name: /^afstemmen/ }).check();
    // Submitting needs a value and a trust score: at least one item of each, said at the group of items.
    await goToStep(page, /Nalezen en verzenden/);
    await page.getByRole('button', { name: 'Antwoord verzenden' }).click();
    await summary.waitFor();
    expect(await summary.getByRole('button').count()).toBe(4);
    expect(await seriousViolations(page, 'form: items missing')).toEqual([]);
    await summary.getByRole('button', { name: `${a}: "Hoe waardevol is deze partner voor uw werk?" beantwoord minstens één van deze vragen met 1 tot 4` }).click();
    const value = card(page, a).getByRole('group', { name: 'Hoe waardevol is deze partner voor uw werk?' });
    await expect.poll(() => value.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await value.getAttribute('aria-describedby')).toMatch(/-hint .*-error$/);

    await answerItems(page, c, a, { INFLUENCE: 3, RESOURCES: 4, RELIABLE: 2 });
    await answerItems(page, c, isolatedName, { INVOLVEMENT: 2, MISSION: 4 });
    await goToStep(page, /Nalezen en verzenden/);
    await page.getByRole('button', { name: 'Antwoord verzenden' }).click();
    await page.getByRole('status').filter({ hasText: 'Bedankt!' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the editor the response rate, the reciprocity and the proposed actor', async () => {
    const { page } = editor;
    await page.reload();
    await page.locator('.survey-round-button').first().click();
    const rate = page.locator('.survey-rate');
    await rate.waitFor();
    expect(await rate.getAttribute('data-answered')).toBe('3');
    expect(await rate.textContent()).toContain(`Respons: 3 van ${area.invitees.length}`);
    const count = (reciprocity: string) => page.locator(`.survey-counts [data-reciprocity="${reciprocity}"]`).getAttribute('data-count');
    // a–b contradicted (coordinated against aware), a–c both sides, c–isolated one side (the isolated actor did not answer).
    expect(await count('CONTRADICTED')).toBe('1');
    expect(await count('BOTH_SIDES')).toBe('1');
    expect(await count('ONE_SIDE')).toBe('1');
    expect(await page.locator('.survey-proposals li').filter({ hasText: 'Buurtcafé De Linde' }).count()).toBe(1);
    expect(await page.locator('.survey-reminders').textContent()).toContain(isolatedName);
    await shot(page, 'survey-editor-results-nl-1366');
    expect(await seriousViolations(page, 'editor results')).toEqual([]);
    // The contradicted pair (a and b): each item's average under its score, as the answers in this test make it.
    const pairAnswers = answered.filter((r) => [r.reporter, r.partner].sort().join() === [a, b].sort().join());
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    const shown = (xs: number[]) => (xs.length === 0 ? '–' : new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 }).format(Math.round(mean(xs) * 100) / 100));
    const valueCell = page.locator('tr[data-reciprocity="CONTRADICTED"] td').nth(2);
    for (const [item, label] of Object.entries({ INFLUENCE: 'invloed', INVOLVEMENT: 'betrokkenheid', RESOURCES: 'middelen' }) as [ValueItem, string][]) {
      expect(await valueCell.locator('li').filter({ hasText: label }).textContent()).toBe(`${label} ${shown(pairAnswers.flatMap((r) => r.items[item] ?? []))}`);
    }
    // For the docs: the pairs with their item averages at 1366 x 900.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.locator('.survey-counts').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(screenshotDir, 'survey-editor-item-averages-nl-1366.png') });
    await page.setViewportSize(desktop);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Antwoorden downloaden (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    for (const name of [a, b, c, 'Buurtcafé De Linde']) expect(csv).toContain(name);
    // The respondents' contact stays out of the export.
    expect(csv).not.toContain('an@example.be');
  });

  it('accepts ties one by one and by rule, and the gaps view of the area changes as the API says', async () => {
    const { page, problems } = editor;
    const before = await gapsOf(area.id);
    expect(before.map((gap) => gap.id)).toContain(area.isolated.gapId);
    const gapCount = page.locator('.gaps-view [data-gap-count]');
    await page.getByRole('tab', { name: 'Hiaten', exact: true }).click();
    await expect.poll(async () => Number(await gapCount.getAttribute('data-gap-count'))).toBe(before.length);
    await page.getByRole('tab', { name: 'Netwerkbevraging', exact: true }).click();
    await page.locator('.survey-round-button').first().click();

    await page.getByRole('button', { name: 'Buurtcafé De Linde goedkeuren en aanmaken' }).click();
    await page.locator('.survey-proposals li').filter({ hasText: 'aangemaakt als actor' }).waitFor();
    // The contradicted pair only one by one: no rule takes it.
    const contradicted = page.locator('tr[data-reciprocity="CONTRADICTED"]');
    await contradicted.getByRole('button', { name: /opnemen in het netwerk/ }).first().click();
    await contradicted.getByText('opgenomen').first().waitFor();
    await page.getByLabel('Regel', { exact: true }).selectOption('AT_LEAST_ONE_SIDE');
    await page.getByRole('button', { name: 'Alle samenwerkingen volgens de regel opnemen' }).click();
    await page.getByRole('status').filter({ hasText: /relaties opgenomen/ }).waitFor();
    await expect.poll(() => page.locator('tr[data-reciprocity="ONE_SIDE"] button', { hasText: 'Opnemen' }).count()).toBe(0);
    await expect.poll(() => page.locator('tr[data-reciprocity="BOTH_SIDES"] button', { hasText: 'Opnemen' }).count()).toBe(0);
    await shot(page, 'survey-editor-accepted-nl-1366');

    // The isolated actor is isolated no more; the view shows what the API now says.
    const after = await gapsOf(area.id);
    expect(after.map((gap) => gap.id)).not.toContain(area.isolated.gapId);
    await page.getByRole('tab', { name: 'Hiaten', exact: true }).click();
    await expect.poll(async () => Number(await gapCount.getAttribute('data-gap-count'))).toBe(after.length);
    expect(await page.locator(`.gaps-view [data-gap-id="${area.isolated.gapId}"]`).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('revokes a link (its form then says so in the respondent\'s language) and gives a new one, shown once', async () => {
    const { page } = editor;
    await page.getByRole('tab', { name: 'Netwerkbevraging', exact: true }).click();
    await page.locator('.survey-round-button').first().click();
    await page.getByRole('button', { name: `Intrekken: ${isolatedName}` }).click();
    await page.getByRole('status').filter({ hasText: `De link van ${isolatedName} werkt niet meer.` }).waitFor();
    const revoked = await openLink(isolatedName);
    await revoked.page.getByRole('alert').filter({ hasText: 'deze link werd ingetrokken; vraag de organisator om een nieuwe link' }).waitFor();

    await page.getByRole('button', { name: `Nieuwe link: ${isolatedName}` }).click();
    const rows = page.locator('.survey-links-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const fresh = (await rows.first().locator('code').textContent()) ?? '';
    expect(fresh).not.toBe(links.get(isolatedName));
    links.set(isolatedName, fresh);
    const reopened = await openLink(isolatedName);
    await reopened.page.getByText(`U vult deze bevraging in voor ${isolatedName}`).waitFor();
  });

  it('can be filled in from the keyboard alone: pages, choosing a partner, a level, saving', async () => {
    const d = names().find((actor) => ![a, b, c, isolatedName].includes(actor.name))!.name;
    const { page, problems } = await openLink(d);
    await page.getByRole('button', { name: 'Volgende stap' }).focus();
    await page.keyboard.press('Enter');
    // The new page is announced by focusing its heading; the search field is next in the tab order.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('survey-step-title');
    await page.keyboard.press('Tab');
    await page.keyboard.type(a);
    await page.locator('.survey-choices button').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.querySelector('.survey-choice-name')?.textContent)).toBe(a);
    await page.keyboard.press('Enter');
    await card(page, a).waitFor();
    // The chosen button left the list: the keyboard is back in the search field.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
    await card(page, a).getByRole('radio', { name: /^we kennen elkaar/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await card(page, a).getByRole('radio', { name: /^afstemmen/ }).isChecked()).toBe(true);
    // An item is a radio group too: the arrow keys move from "weet ik niet" round to 1.
    await card(page, a).getByRole('group', { name: itemQuestion('RELIABLE', 'nl'), exact: true }).getByRole('radio', { name: 'weet ik niet' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await card(page, a).getByRole('group', { name: itemQuestion('RELIABLE', 'nl'), exact: true }).getByRole('radio', { name: /^1 helemaal niet/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Ontwerp bewaren' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Ontwerp bewaard' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps the survey screens from viewers: no tab, and a shared link to the view shows no data', async () => {
    const viewer = await openPage(browser, app.url, { viewport: desktop });
    contexts.push(viewer.context);
    await logInThroughApi(viewer.context, app.url, testUsers.viewer);
    await viewer.page.goto(`${app.url}/?view=survey&area=${encodeURIComponent(area.id)}`);
    await viewer.page.getByText('Alleen redacteurs en beheerders zien de netwerkbevragingen.').waitFor();
    expect(await viewer.page.getByRole('tab', { name: 'Netwerkbevraging' }).count()).toBe(0);
    expect(await viewer.page.locator('.survey-round-button, .survey-new-round').count()).toBe(0);
    expect(viewer.problems).toEqual([]);
  });

  it('closes the round after asking; its links then say so, in the respondent\'s language', async () => {
    const { page, problems } = editor;
    await page.getByRole('tab', { name: 'Netwerkbevraging', exact: true }).click();
    await page.locator('.survey-round-button').first().click();
    await page.getByRole('button', { name: 'Bevraging afsluiten' }).click();
    await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
    await page.getByRole('status').filter({ hasText: 'De bevraging is afgesloten' }).waitFor();
    await expect.poll(() => page.locator('.survey-round-button').first().textContent()).toContain('(afgesloten)');
    const closed = await openLink(a);
    await closed.page.getByRole('alert').filter({ hasText: /de bevraging is afgesloten op \d+ \w+ \d{4}; antwoorden kunnen niet meer gewijzigd worden/ }).waitFor();
    expect(problems).toEqual([]);
  });
});
