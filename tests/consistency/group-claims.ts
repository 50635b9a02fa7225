import { expect } from 'vitest';
import { ask, type MetricsRead } from './routes';

/**
 * "The tie bridges two groups" and "they belong to the same group", against the communities the
 * network's metrics report for the scope the reasons were scored on: the whole region for partner
 * recommendations, the neighbourhood's care zone for suggestions.
 */

export interface GroupClaim {
  pair: string;
  subject: string;
  candidate: string;
  bridgingEffect: string;
  likelihoodExplanation: { nl: string; en: string };
  valueExplanation: { nl: string; en: string };
}

const claimFields = 'bridgingEffect likelihoodExplanation { nl en } valueExplanation { nl en }';

export async function recommendationClaims(url: string, actorId: string, day: string | undefined): Promise<GroupClaim[]> {
  const data = await ask<{ recommendPartners: ({ actor: { id: string } } & Omit<GroupClaim, 'pair' | 'subject' | 'candidate'>)[] }>(
    url,
    `query ($id: ID!, $asOf: Date) { recommendPartners(actorId: $id, asOf: $asOf, limit: 20) { actor { id } ${claimFields} } }`,
    { id: actorId, asOf: day ?? null },
  );
  return data.recommendPartners.map(({ actor, ...rest }) => ({ ...rest, pair: `${actorId} -> ${actor.id}`, subject: actorId, candidate: actor.id }));
}

export async function suggestionClaims(url: string, neighbourhoodId: string, day: string | undefined): Promise<GroupClaim[]> {
  const data = await ask<{ suggestCollaborations: ({ from: { id: string }; to: { id: string } } & Omit<GroupClaim, 'pair' | 'subject' | 'candidate'>)[] }>(
    url,
    `query ($id: ID!, $asOf: Date) { suggestCollaborations(neighbourhoodId: $id, asOf: $asOf, limit: 20) { from { id } to { id } ${claimFields} } }`,
    { id: neighbourhoodId, asOf: day ?? null },
  );
  return data.suggestCollaborations.map(({ from, to, ...rest }) => ({ ...rest, pair: `${from.id} -> ${to.id}`, subject: from.id, candidate: to.id }));
}

/** How many claims of each kind were checked, so a caller can see the check was not vacuous. */
export interface GroupClaimCounts {
  bridges: number;
  sameGroup: number;
  noBridge: number;
}

/**
 * Every group claim agrees with `metrics`, those of the scope named `scope` (as the
 * reasons name it, in Dutch and English): a bridge joins two different communities and names their
 * numbers, "the same group" names their one number, and a pair of two connected actors in different
 * communities is not left without its bridge.
 */
export function expectGroupClaimsTrue(claims: readonly GroupClaim[], metrics: MetricsRead, scope: { nl: string; en: string }, where: string): GroupClaimCounts {
  const counts: GroupClaimCounts = { bridges: 0, sameGroup: 0, noBridge: 0 };
  for (const c of claims) {
    const at = `${where}: ${c.pair}`;
    // As the actor panel shows them: the metrics' index plus one.
    const [x, y] = [c.subject, c.candidate].map((id) => (metrics.communities.has(id) ? (metrics.communities.get(id) as number) + 1 : undefined));
    expect.soft(x !== undefined && y !== undefined, `${at}: both ends are in the metrics of ${scope.en}`).toBe(true);
    if (x === undefined || y === undefined) continue;
    if (c.bridgingEffect === 'JOINS_COMMUNITIES') {
      counts.bridges++;
      expect.soft(x, `${at}: said to bridge two groups, but the metrics put both in community ${x}`).not.toBe(y);
      // Named in ascending order, as a reader looks them up.
      const [low, high] = [Math.min(x, y), Math.max(x, y)];
      expect.soft(c.valueExplanation.nl, `${at}: the Dutch reason names the communities`).toContain(`gemeenschappen ${low} en ${high} van ${scope.nl}`);
      expect.soft(c.valueExplanation.en, `${at}: the English reason names the communities`).toContain(`communities ${low} and ${high} of ${scope.en}`);
    }
    const connected = (metrics.degrees.get(c.subject) ?? 0) > 0 && (metrics.degrees.get(c.candidate) ?? 0) > 0;
    if (c.bridgingEffect === 'NONE' && connected) {
      counts.noBridge++;
      expect.soft(y, `${at}: no bridge claimed, but the metrics put them in communities ${x} and ${y}`).toBe(x);
    }
    if (c.likelihoodExplanation.nl.includes('dezelfde groep')) {
      counts.sameGroup++;
      expect.soft(y, `${at}: said to be in the same group, but the metrics put them in communities ${x} and ${y}`).toBe(x);
      expect.soft(c.likelihoodExplanation.nl, `${at}: the Dutch reason names the community`).toContain(`gemeenschap ${x} van ${scope.nl}`);
      expect.soft(c.likelihoodExplanation.en, `${at}: the English reason names the community`).toContain(`community ${x} of ${scope.en}`);
    }
  }
  return counts;
}
