import { generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectIsolationTrue, expectLacksAgree, expectReasonsTrue, expectReasonsTrueWherever, expectSuggestionsNamed } from './explanation-checks';
import { recommendationReasons, suggestionReasons, type Reason } from './explanation-routes';
import { brusselsToday, readNetwork } from './routes';

/**
 * The same claims on a generated network of 3,000 actors (seeds generator, seed 11): several
 * neighbourhoods, several days, every suggestion and the recommendations of some of their actors.
 */
const days = ['2020-06-01', '2023-06-01', brusselsToday()];

interface Case {
  areaId: string;
  /** Its municipality and care zone, whose gaps list it too. */
  aroundIds: string[];
  actors: string[];
}

/** Neighbourhoods with the most actors placed in them, with the municipality and care zone each lies in. */
async function pickNeighbourhoods(url: string, n: number): Promise<Case[]> {
  const whole = await readNetwork(url, null, brusselsToday());
  const kindOf = new Map(whole.nodes.map((x) => [x.id, x.kind]));
  const municipality = new Map(whole.relations.filter((r) => r.kind === 'PART_OF').map((r) => [r.source, r.target]));
  const zone = new Map(whole.relations.filter((r) => r.kind === 'MEMBER_OF' && kindOf.get(r.source) === 'Municipality').map((r) => [r.source, r.target]));
  const placed = new Map<string, string[]>();
  for (const r of whole.relations) {
    if ((r.kind === 'LOCATED_IN' || r.kind === 'ACTIVE_IN') && kindOf.get(r.target) === 'Neighbourhood') placed.set(r.target, [...(placed.get(r.target) ?? []), r.source]);
  }
  return [...placed]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([areaId, actors]) => {
      const mun = municipality.get(areaId) as string;
      return { areaId, aroundIds: [mun, zone.get(mun)].filter((id): id is string => id !== undefined), actors: actors.slice(0, 3) };
    });
}

describe('explanations claim only true lacks, generated network', () => {
  let app: TestApp;
  let cases: Case[] = [];
  const claimed: Reason[] = [];
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    await app.store.importGraph(generateGraph({ seed: 11, actors: 3000, endYear: 2026 }));
    cases = await pickNeighbourhoods(app.url, 4);
  }, 240_000);
  afterAll(() => app.stop());

  for (const day of days) {
    it(`on ${day}: in four neighbourhoods, coverage, network and gaps agree and every reason claims only the area's lacks`, { timeout: 240_000 }, async () => {
      expect(cases).toHaveLength(4);
      expect(cases.every((c) => c.aroundIds.length === 2)).toBe(true);
      for (const { areaId, aroundIds, actors } of cases) {
        const where = `${areaId} on ${day}`;
        const coverage = await expectLacksAgree(app.url, areaId, aroundIds, day);
        const suggestions = await suggestionReasons(app.url, areaId, day);
        expectReasonsTrue(suggestions, areaId, coverage, `${where}, suggestion`);
        expectSuggestionsNamed(suggestions, coverage, `${where}, suggestion`);
        await expectIsolationTrue(app.url, suggestions, day, `${where}, suggestion`);
        claimed.push(...suggestions.filter((r) => r.areaMissingDomains.length + r.areaMissingTargetGroups.length > 0));
        for (const actorId of actors) {
          const reasons = await recommendationReasons(app.url, actorId, areaId, day);
          expectReasonsTrue(reasons, areaId, coverage, `${where}, recommendation for ${actorId}`);
          await expectIsolationTrue(app.url, reasons, day, `${where}, recommendation for ${actorId}`);
          claimed.push(...reasons.filter((r) => r.areaMissingDomains.length + r.areaMissingTargetGroups.length > 0));
          await expectReasonsTrueWherever(app.url, await recommendationReasons(app.url, actorId, null, day), day, `${where}, recommendation for ${actorId} without an area`);
        }
      }
    });
  }

  it('checked claims, not just silence: some reasons did claim a lack', () => {
    expect(claimed.length).toBeGreaterThan(0);
  });
});
