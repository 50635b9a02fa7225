import { expect } from 'vitest';
import { spokenDay } from './explanation-checks';
import { ask, countsAsTie, partnersInNetwork, readNetwork, type NetworkRead } from './routes';

/**
 * "X already works with 20 partners" and "X has 7 collaborations that began between 1 January 2021
 * and 1 January 2022": the numbers (and the period) against the network of the same day, read
 * through the network route. The period ends on the network's latest tie start (the day recency is
 * measured at), whatever the calendar says.
 */

/** Each current tie's start (the earliest since of its pair's tie relations), by actor, and the latest start. */
export function tieStarts(network: NetworkRead): { byActor: Map<string, string[]>; latest: string | null } {
  const startOfPair = new Map<string, { a: string; b: string; start: string | null }>();
  for (const r of network.relations.filter(countsAsTie)) {
    if (r.source === r.target) continue;
    const [a, b] = [r.source, r.target].sort() as [string, string];
    const pair = startOfPair.get(`${a} ${b}`) ?? { a, b, start: r.since };
    if (r.since !== null && (pair.start === null || r.since < pair.start)) pair.start = r.since;
    startOfPair.set(`${a} ${b}`, pair);
  }
  const byActor = new Map<string, string[]>();
  let latest: string | null = null;
  for (const { a, b, start } of startOfPair.values()) {
    if (start === null) continue;
    for (const id of [a, b]) byActor.set(id, [...(byActor.get(id) ?? []), start]);
    if (latest === null || start > latest) latest = start;
  }
  return { byActor, latest };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 January 2021" -> "2021-01-01". */
function isoOf(spoken: string): string {
  const [day, month, year] = spoken.split(' ');
  const m = months.indexOf(month ?? '') + 1;
  expect(m, `a month in "${spoken}"`).toBeGreaterThan(0);
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const escaped = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');

interface Reasons {
  candidate: { id: string; name: string };
  likelihoodExplanation: { nl: string; en: string };
}

/** Checks every partner-count and recent-ties reason of the actor's recommendations on `day`; returns how many there were. */
export async function expectTieCountsTrue(url: string, actorId: string, day: string | undefined, truthDay: string): Promise<number> {
  const data = await ask<{ recommendPartners: { actor: { id: string; name: string }; likelihoodExplanation: { nl: string; en: string } }[] }>(
    url,
    'query ($id: ID!, $asOf: Date) { recommendPartners(actorId: $id, asOf: $asOf, limit: 20) { actor { id name } likelihoodExplanation { nl en } } }',
    { id: actorId, asOf: day ?? null },
  );
  const reasons: Reasons[] = data.recommendPartners.map((r) => ({ candidate: r.actor, likelihoodExplanation: r.likelihoodExplanation }));
  const network = await readNetwork(url, null, truthDay);
  const { byActor, latest } = tieStarts(network);
  const partners = partnersInNetwork(network);
  let claims = 0;
  for (const r of reasons) {
    const at = `${actorId} on ${truthDay}: ${r.candidate.id}`;
    const count = new RegExp(`${escaped(r.candidate.name)} already works with (\\d+) partners?\\.`).exec(r.likelihoodExplanation.en);
    if (count) {
      claims++;
      expect.soft(Number(count[1]), `${at}: partners of ${r.candidate.id}, by the network route`).toBe(partners.get(r.candidate.id)?.size);
    }
    const found = /has (\d+) collaborations? that began between (\d+ \w+ \d{4}) and (\d+ \w+ \d{4})\./.exec(r.likelihoodExplanation.en);
    if (!found) {
      expect.soft(r.likelihoodExplanation.nl, `${at}: a Dutch recent-ties reason without an English one`).not.toMatch(/die begon(nen)? tussen/);
      continue;
    }
    claims++;
    const [n, first, last] = [Number(found[1]), isoOf(found[2] as string), isoOf(found[3] as string)];
    expect.soft(r.likelihoodExplanation.en, `${at}: the reason is about the candidate`).toContain(`${r.candidate.name} has ${n} collaboration`);
    expect.soft(last, `${at}: the period ends on the network's latest tie start`).toBe(latest);
    const days = (Date.parse(last) - Date.parse(first)) / (24 * 3600 * 1000);
    expect.soft(days >= 364 && days <= 366, `${at}: a period of about a year (${first} to ${last})`).toBe(true);
    const began = (byActor.get(r.candidate.id) ?? []).filter((start) => start >= first && start <= last).length;
    expect.soft(n, `${at}: ties of ${r.candidate.id} that began from ${first} to ${last}, by the network route`).toBe(began);
    const word = n === 1 ? 'samenwerking die begon' : 'samenwerkingen die begonnen';
    expect.soft(r.likelihoodExplanation.nl, `${at}: the Dutch reason says the same`).toContain(`heeft ${n} ${word} tussen ${spokenDay(first, 'nl')} en ${spokenDay(last, 'nl')}`);
  }
  return claims;
}
