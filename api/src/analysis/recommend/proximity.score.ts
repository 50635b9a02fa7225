/** How close two actors are placed: the most specific area both lie in. */
export interface ProximityScore {
  /** The most specific shared area (deepest), or null when they share none. */
  sharedAreaId: string | null;
  /** (depth + 1) / (maxDepth + 1): same neighbourhood 1, same municipality 2/3, same care zone 1/3, none 0. */
  score: number;
}

/** `areasOfX` map area id -> depth (how many areas that area lies in: care zone 0, municipality 1...). */
export function proximityScore(areasOfA: ReadonlyMap<string, number>, areasOfB: ReadonlyMap<string, number>, maxDepth: number): ProximityScore {
  let sharedAreaId: string | null = null;
  let best = -1;
  for (const [area, depth] of areasOfA) {
    if (depth > best && areasOfB.has(area)) {
      best = depth;
      sharedAreaId = area;
    }
  }
  return { sharedAreaId, score: sharedAreaId === null ? 0 : Math.min(1, (best + 1) / (maxDepth + 1)) };
}
