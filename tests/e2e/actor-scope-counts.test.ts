import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/test-app';
import { screenshotDir } from './browser';
import { loggedInPage } from './logged-in-page';

/**
 * The actor panel's figures are counted in the area in view. For a partner outside the area (drawn
 * with its ties into the area only) they are not its whole network: the panel must say so, and for
 * an actor of the area they must be the whole network's, as the region's metrics count them.
 */
const area = 'nbh-brugge-kristus-koning';
const outside = 'org-caw-nwvl';
const inside = 'org-buurtwerk-brugge';

const s = loggedInPage({ width: 1366, height: 768 });

async function degreeIn(areaId: string | null, actorId: string): Promise<number> {
  const res = await gql<{ networkMetrics: { actors: { actor: { id: string }; degree: number }[] } }>(
    s.app.url,
    'query ($scope: ScopeInput) { networkMetrics(scope: $scope) { actors { actor { id } degree } } }',
    { scope: areaId ? { areaId } : null },
    { as: 'viewer' },
  );
  const row = res.data?.networkMetrics.actors.find((a) => a.actor.id === actorId);
  expect(row, `${actorId} in the metrics of ${areaId ?? 'the region'}`).toBeDefined();
  return row?.degree ?? -1;
}

/** The panel of `actorId` in Kristus-Koning: its metrics title, its boundary hint (or null) and its number of partners. */
async function panelOf(actorId: string, shot: string): Promise<{ title: string; hint: string | null; partners: number }> {
  await s.page.goto(`${s.app.url}/?area=${area}&actor=${actorId}`);
  const metrics = s.page.locator('.actor-metrics');
  await metrics.locator('dd').first().waitFor({ timeout: 20_000 });
  await metrics.scrollIntoViewIfNeeded();
  await s.page.screenshot({ path: path.join(screenshotDir, `actor-scope-counts-${shot}.png`) });
  const hint = s.page.locator('.actor-details .boundary-counts');
  return {
    title: (await metrics.locator('h2').textContent()) ?? '',
    hint: (await hint.count()) > 0 ? await hint.textContent() : null,
    partners: Number(await metrics.locator('dt', { hasText: /^Aantal partners$|^Number of partners$/ }).locator('xpath=following-sibling::dd[1]').textContent()),
  };
}

describe('the actor panel says where its figures are counted', () => {
  it('a partner outside the area: its figures are those of its ties into the area, and the panel says so', async () => {
    const shown = await panelOf(outside, 'outside-nl');
    const [inArea, inRegion] = [await degreeIn(area, outside), await degreeIn(null, outside)];
    // CAW works with far more partners than those in Kristus-Koning: without the hint the figure misleads.
    expect(inArea).toBeLessThan(inRegion);
    expect(shown.partners).toBe(inArea);
    expect(shown.title).toBe('Kengetallen in Kristus-Koning');
    expect(shown.hint).toContain('Partner buiten Kristus-Koning');
    expect(shown.hint).toContain('alleen zijn banden met actoren van Kristus-Koning');
    expect(s.problems).toEqual([]);
  });

  it('an actor of the area: no hint, and its partners are all its partners in the region', async () => {
    const shown = await panelOf(inside, 'inside-nl');
    expect(shown.hint).toBeNull();
    expect(shown.title).toBe('Kengetallen in Kristus-Koning');
    expect(shown.partners).toBe(await degreeIn(null, inside));
    expect(s.problems).toEqual([]);
  });

  it('in English too', async () => {
    await s.page.getByRole('button', { name: 'EN', exact: true }).click();
    const shown = await panelOf(outside, 'outside-en');
    expect(shown.title).toBe('Metrics in Kristus-Koning');
    expect(shown.hint).toContain('A partner outside Kristus-Koning');
    expect(s.problems).toEqual([]);
  });
});
