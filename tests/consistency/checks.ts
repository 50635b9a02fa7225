import { expect } from 'vitest';
import {
  actorsInArea,
  brusselsToday,
  insideTieActors,
  isolatedByGaps,
  isolatedInNetwork,
  partnersByEgo,
  partnersInNetwork,
  readChanges,
  readMetrics,
  readNetwork,
  readRecommendations,
  readSpanners,
  relationKindOf,
  tieCountInNetwork,
  type NetworkRead,
} from './routes';

/** How many actors per scope and day get their ego network asked (each is one request). */
const egoSample = 8;

/**
 * The network of one scope on one day, through every route that shows it, against the plain
 * `network` read of that day with the date given explicitly. `day` undefined is the default view,
 * which must be the network as it stands today.
 */
export async function expectOneTruth(url: string, areaId: string | null, day: string | undefined): Promise<void> {
  const truthDay = day ?? brusselsToday();
  const where = `${areaId ?? 'whole region'} on ${day ?? 'the default day'}`;
  const truth = await readNetwork(url, areaId, truthDay);
  const shown = day === undefined ? await readNetwork(url, areaId, undefined) : truth;

  expect.soft(shown.asOf, `${where}: the day the map speaks of`).toBe(truthDay);
  expectStatusesMatchDates(shown, truthDay, where);
  expect.soft(isolatedInNetwork(shown), `${where}: isolated actors on the map`).toEqual(isolatedInNetwork(truth));

  const gaps = await isolatedByGaps(url, areaId, day);
  expect.soft(gaps.asOf, `${where}: the day the gaps speak of`).toBe(truthDay);
  expect.soft(gaps.ids, `${where}: isolated actors, gaps vs network`).toEqual(isolatedInNetwork(truth));

  const metrics = await readMetrics(url, areaId, day);
  expect.soft(metrics.asOf, `${where}: the day the metrics speak of`).toBe(truthDay);
  expect.soft(metrics.isolated, `${where}: isolated actors, networkMetrics vs network`).toEqual(isolatedInNetwork(truth));
  expect.soft(metrics.isolatedCount, `${where}: isolatedCount`).toBe(isolatedInNetwork(truth).length);
  expect.soft(metrics.tieCount, `${where}: tieCount`).toBe(tieCountInNetwork(truth));
  await expectDegreesAgree(url, truth, metrics.degrees, day, where);

  if (areaId !== null) {
    const inside = truth.nodes.filter((n) => !n.boundary).length;
    expect.soft(await actorsInArea(url, areaId, day), `${where}: actors in the area, actors list vs network`).toBe(inside);
  }

  const partners = partnersInNetwork(truth);
  for (const spanner of await readSpanners(url, areaId, day)) {
    const inside = truth.nodes.some((n) => n.id === spanner.id && !n.boundary);
    if (inside) expect.soft(spanner.degree, `${where}: boundary spanner ${spanner.id}, partners`).toBe(partners.get(spanner.id)?.size ?? 0);
  }
}

/** A relation whose last day has passed is ended; a dated read holds no relation outside its dates. */
function expectStatusesMatchDates(network: NetworkRead, day: string, where: string): void {
  const contradictions = network.relations.filter((r) => r.until !== null && r.until < day && r.status !== 'ENDED').map((r) => `${r.id} until ${r.until} ${r.status}`);
  expect.soft(contradictions, `${where}: relations past their until that are not ended`).toEqual([]);
  const outside = network.relations.filter((r) => (r.since !== null && r.since > day) || (r.until !== null && r.until < day)).map((r) => r.id);
  expect.soft(outside, `${where}: relations of another time in the network of ${day}`).toEqual([]);
}

/** Degree per inside actor: metrics vs the network read vs the ego network (a sample). */
async function expectDegreesAgree(url: string, truth: NetworkRead, degrees: Map<string, number>, day: string | undefined, where: string): Promise<void> {
  const partners = partnersInNetwork(truth);
  const inside = truth.nodes.filter((n) => !n.boundary && partners.has(n.id)).map((n) => n.id);
  const fromNetwork = new Map(inside.map((id) => [id, partners.get(id)?.size ?? 0]));
  expect.soft(new Map(inside.map((id) => [id, degrees.get(id)])), `${where}: degree, networkMetrics vs network`).toEqual(fromNetwork);
  // The busiest and some isolated ones, spread over the list: where a stale tie would show.
  const ordered = [...inside].sort((a, b) => (fromNetwork.get(b) ?? 0) - (fromNetwork.get(a) ?? 0) || a.localeCompare(b));
  const step = Math.max(1, Math.floor(ordered.length / egoSample));
  const sample = [...ordered.slice(0, 2), ...ordered.filter((_, i) => i % step === 0).slice(0, egoSample - 2)];
  for (const id of new Set(sample)) {
    expect.soft(await partnersByEgo(url, id, day), `${where}: partners of ${id}, egoNetwork vs network`).toEqual([...(partners.get(id) ?? [])].sort());
  }
}

/** The changes view between two days against the two `network` reads of those days. */
export async function expectChangesMatchReads(url: string, areaId: string | null, from: string, to: string): Promise<void> {
  const where = `${areaId ?? 'whole region'} from ${from} to ${to}`;
  const [before, after] = [await readNetwork(url, areaId, from), await readNetwork(url, areaId, to)];
  const changes = await readChanges(url, areaId, from, to);
  const inside = (n: NetworkRead) => new Set(n.nodes.filter((each) => !each.boundary).map((each) => each.id));
  const collaboration = (n: NetworkRead) => new Map(n.relations.filter((r) => relationKindOf(r) === 'collaboration').map((r) => [r.id, r]));
  const [was, is] = [collaboration(before), collaboration(after)];
  // New ties started after `from`; a tie only new to the scope because an actor moved in is not one.
  expect.soft(changes.tiesAdded, `${where}: ties added`).toEqual([...is.values()].filter((r) => r.since !== null && r.since > from).map((r) => r.id).sort());
  expect.soft(changes.tiesEnded, `${where}: ties ended`).toEqual([...was.values()].filter((r) => r.until !== null && r.until < to).map((r) => r.id).sort());
  expect.soft(changes.actorsJoined, `${where}: actors joined`).toEqual([...inside(after)].filter((id) => !inside(before).has(id)).sort());
  expect.soft(changes.actorsLeft, `${where}: actors left`).toEqual([...inside(before)].filter((id) => !inside(after).has(id)).sort());
  for (const [side, read] of [['before', before], ['after', after]] as const) {
    expect.soft(changes[side], `${where}: key figures ${side}`).toEqual({ actorCount: insideTieActors(read).length, tieCount: tieCountInNetwork(read), isolatedCount: isolatedInNetwork(read).length });
  }
}

/**
 * Partner recommendations speak of the same day's ties as the network: no current partner is
 * proposed again, and every "shared partner" is a partner of both on that day.
 */
export async function expectRecommendationsMatchNetwork(url: string, actorIds: readonly string[], day: string | undefined): Promise<void> {
  const truthDay = day ?? brusselsToday();
  const partners = partnersInNetwork(await readNetwork(url, null, truthDay));
  for (const actorId of actorIds) {
    const where = `${actorId} on ${day ?? 'the default day'}`;
    const own = partners.get(actorId) ?? new Set<string>();
    for (const rec of await readRecommendations(url, actorId, day)) {
      expect.soft(rec.asOf, `${where}: the day recommendation ${rec.candidate} speaks of`).toBe(truthDay);
      expect.soft(own.has(rec.candidate), `${where}: recommends ${rec.candidate}, already a partner`).toBe(false);
      const both = rec.sharedPartners.filter((id) => own.has(id) && (partners.get(rec.candidate)?.has(id) ?? false));
      expect.soft(rec.sharedPartners, `${where}: shared partners with ${rec.candidate}, recommendation vs network`).toEqual(both);
    }
  }
}
