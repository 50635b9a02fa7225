import { isAreaKind, type NodeKind } from '@weefsel/graph-schema';
import { expect } from 'vitest';
import { ask } from './routes';

/**
 * "Both are active in Oostende" and "Buurtwerk Brugge is active in Kristus-Koning, Mintus is not",
 * against the actors the area's list (the search and pickers' route) finds there on the same day.
 */

async function areasByName(url: string, day: string | undefined): Promise<Map<string, string>> {
  const data = await ask<{ network: { nodes: { id: string; kind: NodeKind; name: string }[] } }>(url, 'query ($asOf: Date) { network(asOf: $asOf) { nodes { id kind name } } }', { asOf: day ?? null });
  return new Map(data.network.nodes.filter((n) => isAreaKind(n.kind)).map((n) => [n.name, n.id]));
}

async function membersOf(url: string, areaId: string, day: string | undefined): Promise<Set<string>> {
  const data = await ask<{ actors: { total: number; items: { id: string }[] } }>(url, 'query ($areaId: ID, $asOf: Date) { actors(filter: { areaId: $areaId }, asOf: $asOf, limit: 500) { total items { id } } }', {
    areaId,
    asOf: day ?? null,
  });
  expect(data.actors.items.length, `every actor of ${areaId} in one page`).toBe(data.actors.total);
  return new Set(data.actors.items.map((a) => a.id));
}

/** Checks every place reason of the actor's recommendations (for `areaId`, the area in view, if any); returns how many there were. */
export async function expectPlaceClaimsTrue(url: string, actorId: string, areaId: string | null, day: string | undefined): Promise<number> {
  const data = await ask<{ actor: { name: string }; recommendPartners: { actor: { id: string; name: string }; likelihoodExplanation: { en: string } }[] }>(
    url,
    'query ($id: ID!, $area: ID, $asOf: Date) { actor(id: $id) { name } recommendPartners(actorId: $id, areaId: $area, asOf: $asOf, limit: 20) { actor { id name } likelihoodExplanation { en } } }',
    { id: actorId, area: areaId, asOf: day ?? null },
  );
  const areas = await areasByName(url, day);
  const members = new Map<string, Set<string>>();
  const inArea = async (area: string, id: string) => {
    if (!members.has(area)) members.set(area, await membersOf(url, area, day));
    return members.get(area)?.has(id) ?? false;
  };
  const subject = data.actor.name;
  let claims = 0;
  for (const rec of data.recommendPartners) {
    const text = rec.likelihoodExplanation.en;
    const at = `${actorId} -> ${rec.actor.id} on ${day ?? 'today'}`;
    for (const [name, area] of areas) {
      const both = text.includes(`Both are active in ${name}.`);
      const onlySubject = text.includes(`${subject} is active in ${name}, ${rec.actor.name} is not.`);
      const onlyCandidate = text.includes(`${rec.actor.name} is active in ${name}, ${subject} is not.`);
      if (!both && !onlySubject && !onlyCandidate) continue;
      claims++;
      expect.soft(await inArea(area, actorId), `${at}: ${actorId} in the list of ${area}`).toBe(both || onlySubject);
      expect.soft(await inArea(area, rec.actor.id), `${at}: ${rec.actor.id} in the list of ${area}`).toBe(both || onlyCandidate);
    }
  }
  return claims;
}
