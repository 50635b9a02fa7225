import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testPassword, testUsers } from '../support/test-app';
import { logInThroughApi, logInWithForm, openPage, screenshotDir, startBrowser } from './browser';

/**
 * The admin screens (users, audit trail), the page to change one's own password, and Enter in the
 * actor list, driven in Chromium as the people who use them would: by the labels and roles a
 * screen reader announces. Screenshots at 1366x768 in Dutch and English land in test-output/.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const size = { width: 1366, height: 768 };

async function open(options: { as?: string; password?: string; query?: string } = {}): Promise<{ page: Page; problems: string[] }> {
  const { context, page, problems } = await openPage(browser, app.url, { viewport: size });
  contexts.push(context);
  if (options.as) await logInThroughApi(context, app.url, options.as, options.password);
  await page.goto(`${app.url}/${options.query ?? ''}`);
  return { page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.querySelector('.view-panel')?.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, `${name}-1366.png`) });
}

/** axe-core's WCAG 2.1 A and AA rules on the page: the serious and critical violations, named. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

async function adminCall<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await gql<T>(app.url, query, variables, { as: 'admin' });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe('admin screens', () => {
  let page: Page;
  let problems: string[];

  it('lists the users with their roles for an admin', async () => {
    ({ page, problems } = await open());
    await logInWithForm(page, testUsers.admin);
    await page.getByRole('tab', { name: 'Gebruikers', exact: true }).click();
    const table = page.getByRole('table', { name: /Gebruikers met hun rol/ });
    await table.waitFor();
    for (const name of Object.values(testUsers)) await expect(table.getByRole('rowheader', { name: new RegExp(`^${name}`) }).count()).resolves.toBe(1);
    await expect(page.getByLabel(`Rol van ${testUsers.editor}`).inputValue()).resolves.toBe('editor');
    // The map and the actor column make room for the table.
    expect(await page.locator('.canvas-area').isVisible()).toBe(false);
  });

  it('creates a user, refuses a taken name and a short password at their fields', async () => {
    await page.getByLabel('Gebruikersnaam').fill('E2E-Nieuw');
    await page.getByLabel('Rol', { exact: true }).selectOption('editor');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await page.getByText('Wachtwoord: moet 12 tot 200 tekens lang zijn').waitFor();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await page.getByText('Gebruiker e2e-nieuw is aangemaakt als Redacteur.').waitFor();
    await expect(page.getByLabel('Rol van e2e-nieuw').inputValue()).resolves.toBe('editor');

    // Without a password the API makes one, shown this once.
    await page.getByLabel('Gebruikersnaam').fill('e2e-gemaakt');
    await page.getByLabel('Rol', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    const generated = (await page.locator('.generated-password code').textContent())!;
    expect(generated.length).toBeGreaterThanOrEqual(12);
    await shot(page, 'admin-users-nl');
    expect(await seriousViolations(page)).toEqual([]);
    const other = await openPage(browser, app.url, { viewport: size });
    contexts.push(other.context);
    await logInThroughApi(other.context, app.url, 'e2e-gemaakt', generated);

    await page.getByLabel('Gebruikersnaam').fill(testUsers.viewer);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await page.getByText('Gebruikersnaam: is al in gebruik; kies een andere naam').waitFor();
    await expect(page.getByLabel('Gebruikersnaam').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByLabel('Gebruikersnaam').fill('');
  });

  it('changes a role and sets a password, which the user then logs in with', async () => {
    await page.getByLabel('Rol van e2e-nieuw').selectOption('viewer');
    await page.locator('tr[data-user="e2e-nieuw"]').getByRole('button', { name: 'Rol opslaan' }).click();
    await page.getByText('De rol van e2e-nieuw is nu Lezer.').waitFor();

    await page.locator('tr[data-user="e2e-nieuw"]').getByRole('button', { name: 'Wachtwoord instellen' }).click();
    // The field takes the focus, so typing can start at once.
    await page.keyboard.type('een nieuw lang wachtwoord');
    await page.keyboard.press('Enter');
    await page.getByText('Het wachtwoord van e2e-nieuw is ingesteld').waitFor();
    const other = await openPage(browser, app.url, { viewport: size });
    contexts.push(other.context);
    await logInThroughApi(other.context, app.url, 'e2e-nieuw', 'een nieuw lang wachtwoord');
  });

  it('says in words that the last admin must stay admin', async () => {
    await page.getByLabel(`Rol van ${testUsers.admin}`).selectOption('viewer');
    await page.locator(`tr[data-user="${testUsers.admin}"]`).getByRole('button', { name: 'Rol opslaan' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(`${testUsers.admin} is de laatste beheerder. Maak eerst iemand anders beheerder.`);
    await page.getByLabel(`Rol van ${testUsers.admin}`).selectOption('admin');
  });

  it('deletes a user after asking', async () => {
    const row = page.locator('tr[data-user="e2e-nieuw"]');
    await row.getByRole('button', { name: 'Verwijderen' }).click();
    await row.getByText('Gebruiker e2e-nieuw verwijderen?').waitFor();
    // The question's "yes" has the focus: Enter confirms.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, verwijderen');
    await page.keyboard.press('Enter');
    await page.getByText('Gebruiker e2e-nieuw is verwijderd.').waitFor();
    await expect(row.count()).resolves.toBe(0);
    // Focus is not lost with the row.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('admin-outcome'))).toBe(true);
  });

  it('shows the audit trail newest first, with the changes just made', async () => {
    await page.getByRole('tab', { name: 'Logboek', exact: true }).click();
    const rows = page.locator('.audit-table tbody tr');
    await rows.first().waitFor();
    await expect(rows.first().getAttribute('data-operation')).resolves.toBe('deleteUser');
    await expect(rows.first().textContent()).resolves.toContain('e2e-nieuw');
    const userId = (await rows.first().getAttribute('data-target'))!;

    await page.getByLabel('Bewerking').selectOption('updateUser');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Regels 1 tot 2 van 2.').waitFor();
    await expect(rows.nth(0).textContent()).resolves.toContain('wachtwoord gewijzigd');
    await expect(rows.nth(1).textContent()).resolves.toContain('rol: Redacteur → Lezer');
    expect(await rows.evaluateAll((each) => each.map((row) => row.getAttribute('data-target')))).toEqual([userId, userId]);

    await page.getByLabel('Bewerking').selectOption('');
    await page.getByLabel('Id van actor, relatie of gebruiker').fill(userId);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Regels 1 tot 4 van 4.').waitFor();
    expect(await rows.evaluateAll((each) => each.map((row) => row.getAttribute('data-operation')))).toEqual(['deleteUser', 'updateUser', 'updateUser', 'createUser']);
    await shot(page, 'admin-audit-nl');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('pages through the audit trail and filters by author and day', async () => {
    // Thirty more entries by the test admin: more than one page of 25.
    const { createUser } = await adminCall<{ createUser: { user: { id: string } } }>(
      'mutation ($input: NewUserInput!) { createUser(input: $input) { user { id } } }',
      { input: { name: 'e2e-pagina', role: 'viewer', password: testPassword } },
    );
    for (let i = 0; i < 30; i += 1) {
      await adminCall('mutation ($id: ID!, $role: Role!) { updateUser(id: $id, changes: { role: $role }) { id } }', { id: createUser.user.id, role: i % 2 === 0 ? 'editor' : 'viewer' });
    }
    const { auditLog } = await adminCall<{ auditLog: { total: number } }>('query { auditLog(limit: 1) { total } }');
    const adminId = (await adminCall<{ users: { id: string; name: string }[] }>('query { users { id name } }')).users.find((user) => user.name === testUsers.admin)!.id;
    const { auditLog: byAdmin } = await adminCall<{ auditLog: { total: number } }>('query ($id: ID!) { auditLog(limit: 1, filter: { userId: $id }) { total } }', { id: adminId });

    await page.getByRole('button', { name: 'Filter wissen' }).click();
    await page.getByText(`Regels 1 tot 25 van ${auditLog.total}.`).waitFor();
    await page.getByText(`Pagina 1 van ${Math.ceil(auditLog.total / 25)}`).waitFor();
    await expect(page.getByRole('button', { name: 'Vorige' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText(`Regels 26 tot ${Math.min(50, auditLog.total)} van ${auditLog.total}.`).waitFor();
    await expect(page.getByRole('button', { name: 'Vorige' }).isDisabled()).resolves.toBe(false);

    await page.getByLabel('Door').selectOption(adminId);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText(`Regels 1 tot 25 van ${byAdmin.total}.`).waitFor();
    expect(new Set(await page.locator('.audit-table tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set([testUsers.admin]));

    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await page.getByLabel('Vanaf').fill(today);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText(`Regels 1 tot 25 van ${byAdmin.total}.`).waitFor();
    await page.getByLabel('Vanaf').fill('');
    await page.getByLabel('Tot en met').fill('2020-01-01');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Geen regels voor deze filter.').waitFor();
    await page.getByRole('button', { name: 'Filter wissen' }).click();
    await page.getByText(`Regels 1 tot 25 van ${auditLog.total}.`).waitFor();
  });

  it('reads in English too', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await shot(page, 'admin-audit-en');
    await page.getByRole('tab', { name: 'Users', exact: true }).click();
    await page.getByRole('table', { name: /Users and their roles/ }).waitFor();
    await shot(page, 'admin-users-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('tab', { name: 'Netwerk', exact: true }).click();
    await page.locator('.canvas-area').waitFor();
    expect(problems).toEqual([]);
  });
});

describe('roles and the admin screens', () => {
  it('hides the admin tabs from a viewer and an editor, and answers a link to one with a notice', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const { page, problems } = await open({ as: testUsers[role] });
      await page.getByRole('tab', { name: 'Netwerk', exact: true }).waitFor();
      await expect(page.getByRole('tab', { name: 'Mijn account', exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('tab', { name: 'Gebruikers', exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('tab', { name: 'Logboek', exact: true }).count()).resolves.toBe(0);
      await page.goto(`${app.url}/?view=users`);
      await page.getByText('Alleen beheerders zien deze pagina.').waitFor();
      await expect(page.getByRole('table').count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    }
  });
});

describe('an admin who gives themselves another role', () => {
  it('loses the admin tabs at once', async () => {
    await adminCall('mutation ($input: NewUserInput!) { createUser(input: $input) { user { id } } }', { input: { name: 'e2e-beheer', role: 'admin', password: testPassword } });
    const { page, problems } = await open({ as: 'e2e-beheer' });
    await page.getByRole('tab', { name: 'Gebruikers', exact: true }).click();
    await page.getByLabel('Rol van e2e-beheer').selectOption('editor');
    await page.locator('tr[data-user="e2e-beheer"]').getByRole('button', { name: 'Rol opslaan' }).click();
    await page.getByText('Alleen beheerders zien deze pagina.').waitFor();
    await expect(page.getByRole('tab', { name: 'Logboek', exact: true }).count()).resolves.toBe(0);
    await expect(page.locator('.user-menu').textContent()).resolves.toContain('Redacteur');
    expect(problems).toEqual([]);
  });
});

describe('changing one\'s own password', () => {
  const name = 'e2e-eigen';
  const next = 'mijn nieuwe wachtzin voor weefsel';

  it('refuses a wrong current password at its field, then changes it', async () => {
    await adminCall('mutation ($input: NewUserInput!) { createUser(input: $input) { user { id } } }', { input: { name, role: 'viewer', password: testPassword } });
    const { page, problems } = await open();
    await logInWithForm(page, name);
    await page.getByRole('tab', { name: 'Mijn account', exact: true }).click();
    await page.getByText(`Aangemeld als ${name}, met de rol Lezer.`).waitFor();

    await page.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(next);
    await page.getByLabel('Nieuw wachtwoord nog eens').fill(next);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Huidig wachtwoord: klopt niet; typ het wachtwoord waarmee je nu aanmeldt').waitFor();
    // Focus goes to the field to mend.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('current-password');

    await page.getByLabel('Nieuw wachtwoord nog eens').fill(`${next}!`);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Nieuw wachtwoord nog eens: is niet gelijk aan het nieuwe wachtwoord').waitFor();

    await page.getByLabel('Huidig wachtwoord').fill(testPassword);
    await page.getByLabel('Nieuw wachtwoord nog eens').fill(next);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Je wachtwoord is gewijzigd.', { exact: false }).waitFor();
    await shot(page, 'account-password-nl');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await shot(page, 'account-password-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    // The session goes on with the renewed cookie.
    await page.getByRole('tab', { name: 'Netwerk', exact: true }).click();
    await page.getByRole('tab', { name: 'Mijn account', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('logs in with the new password and no longer with the old one', async () => {
    const { page } = await open();
    await logInWithForm(page, name, testPassword);
    await page.getByText('Gebruikersnaam of wachtwoord klopt niet.').waitFor();
    await page.reload();
    await logInWithForm(page, name, next);
    await page.getByRole('tab', { name: 'Mijn account', exact: true }).waitFor();
  });
});

describe('keyboard in the actor list', () => {
  it('opens and focuses the actor\'s panel on Enter', async () => {
    // The region opens as its areas; the actor list belongs to the actors' map.
    const { page, problems } = await open({ as: testUsers.viewer, query: '?show=actors' });
    const buttons = page.locator('.actor-list li button');
    await buttons.first().waitFor();
    for (const index of [0, 3]) {
      const button = buttons.nth(index);
      const name = (await button.textContent())!;
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((expected) => document.querySelector('.actor-details .actor-name')?.textContent === expected, name);
      await page.waitForFunction(() => document.activeElement?.classList.contains('actor-details') ?? false);
      // Tab then goes on inside the panel, not back in the list.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.sidebar') !== null)).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});
