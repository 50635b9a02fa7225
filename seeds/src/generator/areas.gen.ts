import { cumulative, pickWeighted, randomInt, shuffle } from './prng';
import { municipalityNames, neighbourhoodName } from './place-names';
import { addNode, paddedId, type World } from './world';

/** Where the areas sit among the node numbers, and how big each municipality is. */
export interface AreaLayout {
  zoneCount: number;
  municipalityStart: number;
  municipalityCount: number;
  neighbourhoodStart: number;
  /** Neighbourhood node numbers of municipality m are neighbourhoodStart + offsets[m] .. offsets[m+1]-1. */
  neighbourhoodOffsets: Int32Array;
  /** Relative size of each municipality (Zipf-like: a few cities, many villages). */
  municipalitySums: Float64Array;
  municipalityNames: string[];
}

const municipalityDomains = ['WELFARE', 'CARE', 'HOUSING', 'LEISURE', 'MOBILITY', 'SPATIAL_PLANNING', 'SAFETY'] as const;

/** A Zipf exponent near 1 gives Flanders-like sizes: the biggest city about 10% of the actors. */
function municipalityWeights(world: World, count: number): Float64Array {
  const ranks = shuffle(world.random, Array.from({ length: count }, (_, i) => i));
  return Float64Array.from(ranks, (rank) => 1 / (rank + 1) ** 0.9);
}

function addZonesAndMunicipalities(world: World, layout: AreaLayout): void {
  const { zoneCount, municipalityStart, municipalityCount, municipalityNames: names } = layout;
  for (let z = 0; z < zoneCount; z++) {
    addNode(world, z, { id: paddedId('cz', z, zoneCount), kind: 'CareZone', name: `ELZ ${names[z]}`, domains: ['CARE', 'WELFARE'] });
    world.zoneOf[z] = z;
    world.appeal[z] = 2;
  }
  for (let m = 0; m < municipalityCount; m++) {
    const node = municipalityStart + m;
    // The first municipalities seed one zone each, so no care zone is empty.
    const zone = m < zoneCount ? m : randomInt(world.random, zoneCount);
    addNode(world, node, { id: paddedId('mun', m, municipalityCount), kind: 'Municipality', name: names[m] as string, domains: [...municipalityDomains] });
    world.zoneOf[node] = zone;
    world.municipalityOf[node] = node;
    world.appeal[node] = 8;
    world.sink.add('MEMBER_OF', node, zone, -1);
  }
}

/** Neighbourhoods per municipality: one each for the biggest first, the rest by size. */
function neighbourhoodCounts(world: World, weights: Float64Array, sums: Float64Array, total: number): Int32Array {
  const counts = new Int32Array(weights.length);
  const bySize = Array.from(weights.keys()).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  let left = total;
  for (const m of bySize) {
    if (left === 0) break;
    counts[m] = 1;
    left--;
  }
  for (; left > 0; left--) {
    const m = pickWeighted(world.random, sums);
    counts[m] = (counts[m] ?? 0) + 1;
  }
  return counts;
}

function addNeighbourhoods(world: World, layout: AreaLayout, counts: Int32Array): void {
  const total = world.options.neighbourhoods;
  let next = 0;
  for (let m = 0; m < layout.municipalityCount; m++) {
    layout.neighbourhoodOffsets[m] = next;
    const municipality = layout.municipalityStart + m;
    for (let k = 0; k < (counts[m] ?? 0); k++, next++) {
      const node = layout.neighbourhoodStart + next;
      const name = neighbourhoodName(layout.municipalityNames[m] as string, k);
      addNode(world, node, { id: paddedId('nbh', next, total), kind: 'Neighbourhood', name });
      world.zoneOf[node] = world.zoneOf[municipality] ?? -1;
      world.municipalityOf[node] = municipality;
      world.neighbourhoodOf[node] = node;
      world.sink.add('PART_OF', node, municipality, -1);
    }
  }
  layout.neighbourhoodOffsets[layout.municipalityCount] = next;
}

/** Care zones, municipalities (MEMBER_OF a zone) and neighbourhoods (PART_OF a municipality). */
export function generateAreas(world: World): AreaLayout {
  const { careZones, municipalities, neighbourhoods } = world.options;
  const weights = municipalityWeights(world, municipalities);
  const layout: AreaLayout = {
    zoneCount: careZones,
    municipalityStart: careZones,
    municipalityCount: municipalities,
    neighbourhoodStart: careZones + municipalities,
    neighbourhoodOffsets: new Int32Array(municipalities + 1),
    municipalitySums: cumulative(weights),
    municipalityNames: municipalityNames(world.random, municipalities),
  };
  addZonesAndMunicipalities(world, layout);
  addNeighbourhoods(world, layout, neighbourhoodCounts(world, weights, layout.municipalitySums, neighbourhoods));
  return layout;
}
