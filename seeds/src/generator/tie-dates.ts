import { randomInt } from './prng';
import type { World } from './world';

/** Share of ties that have ended by the end of the period. */
const endedShare = 0.15;

export interface TieDates {
  since: number;
  until: number;
}

/**
 * A start on or after both actors exist, spread over the rest of the period; some ties end. Ties
 * between actors that predate the period sometimes have no known start, as in real registers.
 */
export function drawTieDates(world: World, a: number, b: number): TieDates {
  const random = world.random;
  const last = world.days.length - 1;
  const from = Math.max(world.startDay[a] ?? 0, world.startDay[b] ?? 0);
  if (from === 0 && random() < 0.2) return { since: -1, until: random() < endedShare ? randomInt(random, last + 1) : -1 };
  // Squaring the draw favours early starts; otherwise the late start of young actors would pile
  // most ties into the last years.
  const since = from + Math.floor((last - from + 1) * random() ** 2);
  const until = random() < endedShare ? since + randomInt(random, last - since + 1) : -1;
  return { since, until };
}
