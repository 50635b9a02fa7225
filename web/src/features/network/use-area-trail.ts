import { fetchEgoNetwork } from '../../api/network.api';
import { timeKey, type ViewTime } from '../../api/view-time';
import { dataOf, useAsync } from '../../components/use-async';
import { areaAbove, type TrailStep } from './area-trail';

/** Areas nest three deep (care zone, municipality, neighbourhood); a cycle in bad data stops here. */
const deepest = 4;

/**
 * The areas from the top down to `areaId` (its own name last), asked of the API one level at a
 * time through each area's ego network; empty for the whole region, null while on its way.
 */
export function useAreaTrail(areaId: string | null, time: ViewTime): TrailStep[] | null {
  const request = useAsync(areaId ? `trail:${areaId}|${timeKey(time)}` : null, async (signal) => {
    const steps: TrailStep[] = [];
    let id: string | null = areaId;
    while (id && steps.length < deepest && !steps.some((step) => step.id === id)) {
      const ego = await fetchEgoNetwork(id, time, signal);
      const self = ego.nodes.find((node) => node.id === id);
      if (!self) break;
      steps.unshift({ id: self.id, name: self.name, kind: self.kind });
      id = areaAbove(ego, self.id)?.id ?? null;
    }
    return steps;
  });
  if (!areaId) return [];
  const trail = dataOf(request);
  return trail?.at(-1)?.id === areaId ? trail : null;
}
