import { fetchPlacement, type Placement } from '../../api/area-placement.api';
import { timeKey, type ViewTime } from '../../api/view-time';
import { dataOf, useAsync } from '../../components/use-async';
import { placementParents } from '@weefsel/graph-schema';
import { areaAbove, type TrailStep } from './area-trail';

/** Areas nest three deep (care zone, municipality, neighbourhood); a cycle in bad data stops here. */
const deepest = 4;

/**
 * The areas from the top down to `areaId` (its own name last), asked of the API one level at a
 * time: each area with its relations, and the areas it is placed in (an area's placement is not a
 * collaboration tie, so its ego network need not hold it). Empty for the whole region, null while
 * on its way.
 */
export function useAreaTrail(areaId: string | null, time: ViewTime): TrailStep[] | null {
  const request = useAsync(areaId ? `trail:${areaId}|${timeKey(time)}` : null, async (signal) => {
    const known = new Map<string, Placement | null>();
    const placement = async (id: string) => {
      if (!known.has(id)) known.set(id, await fetchPlacement(id, signal));
      return known.get(id) ?? null;
    };
    const steps: TrailStep[] = [];
    let id: string | null = areaId;
    while (id && steps.length < deepest && !steps.some((step) => step.id === id)) {
      const self = await placement(id);
      if (!self) break;
      steps.unshift({ id: self.id, name: self.name, kind: self.kind });
      const candidates = await Promise.all((placementParents(self.relations).get(self.id) ?? []).map(placement));
      const nodes = [self, ...candidates.filter((each): each is Placement => each !== null)];
      id = areaAbove({ nodes, relations: self.relations }, self.id)?.id ?? null;
    }
    return steps;
  });
  if (!areaId) return [];
  const trail = dataOf(request);
  return trail?.at(-1)?.id === areaId ? trail : null;
}
