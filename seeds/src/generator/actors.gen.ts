import { foldText, lifeDomainNames, targetGroupNames, type ActorInput, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';
import { actorTemplates, fictionalSurnames, firstNames, hubTemplates, type ActorTemplate } from './actor-templates';
import type { AreaLayout } from './areas.gen';
import { cumulative, pick, pickWeighted, randomInt } from './prng';
import { addNode, paddedId, uniqueName, type World } from './world';

/** Shares of the non-area actors; organisations take what rounding leaves. */
const kindShares = { CitizenInitiative: 0.28, Project: 0.14, TransitionManager: 0.03 } as const;
const idPrefixes = { Organisation: 'org', CitizenInitiative: 'ini', Project: 'prj', TransitionManager: 'tm' } as const;
type PlacedKind = keyof typeof idPrefixes;

/** Share of organisations and initiatives that never collaborate: the isolated actors to find. */
const isolatedShare = 0.02;
/** Share of actors that existed before the period, so their placement has no start date. */
const establishedShare = 0.4;

export function actorKindCounts(total: number): Record<PlacedKind, number> {
  const initiatives = Math.floor(total * kindShares.CitizenInitiative);
  const projects = Math.floor(total * kindShares.Project);
  const managers = Math.floor(total * kindShares.TransitionManager);
  return { Organisation: total - initiatives - projects - managers, CitizenInitiative: initiatives, Project: projects, TransitionManager: managers };
}

function inSchemaOrder<T extends string>(order: readonly T[], values: T[]): T[] {
  return order.filter((v) => values.includes(v));
}

function drawProfile(world: World, template: ActorTemplate): { domains: LifeDomain[]; targetGroups: TargetGroup[] } {
  const domains = [...template.domains, ...template.extraDomains.filter(() => world.random() < 0.3)];
  let groups = template.targetGroups.filter(() => world.random() < 0.5);
  if (groups.length === 0) groups = [pick(world.random, template.targetGroups)];
  return { domains: inSchemaOrder(lifeDomainNames, domains), targetGroups: inSchemaOrder(targetGroupNames, groups) };
}

/** Picks a municipality by size, and a neighbourhood in it for local actors. */
function drawPlace(world: World, layout: AreaLayout, local: boolean): { municipality: number; neighbourhood: number } {
  const m = pickWeighted(world.random, layout.municipalitySums);
  const from = layout.neighbourhoodOffsets[m] ?? 0;
  const count = (layout.neighbourhoodOffsets[m + 1] ?? 0) - from;
  const atNeighbourhood = count > 0 && world.random() < (local ? 0.85 : 0.25);
  return {
    municipality: layout.municipalityStart + m,
    neighbourhood: atNeighbourhood ? layout.neighbourhoodStart + from + randomInt(world.random, count) : -1,
  };
}

function drawStartDay(world: World): number {
  return world.random() < establishedShare ? -1 : randomInt(world.random, Math.floor(world.days.length * 0.75));
}

function addPlacedActor(world: World, node: number, kind: Exclude<PlacedKind, 'TransitionManager'>, id: string, layout: AreaLayout, sums: Float64Array): void {
  const templates = actorTemplates[kind];
  const template = templates[pickWeighted(world.random, sums)] as ActorTemplate;
  const place = drawPlace(world, layout, template.local);
  const area = place.neighbourhood >= 0 ? place.neighbourhood : place.municipality;
  const name = uniqueName(world, `${template.name} ${world.actors[area]?.name}`);
  addNode(world, node, { id, kind, name, ...drawProfile(world, template) });
  world.zoneOf[node] = world.zoneOf[place.municipality] ?? -1;
  world.municipalityOf[node] = place.municipality;
  world.neighbourhoodOf[node] = place.neighbourhood;
  world.isolated[node] = kind !== 'Project' && world.random() < isolatedShare ? 1 : 0;
  world.appeal[node] = hubTemplates.has(template.name) ? 3 : 0;
  const start = drawStartDay(world);
  world.startDay[node] = Math.max(start, 0);
  world.sink.add('LOCATED_IN', node, area, start);
}

/** Transition managers are fictional people who work for a whole care zone. */
function addTransitionManager(world: World, node: number, id: string, layout: AreaLayout): void {
  const name = uniqueName(world, `${pick(world.random, firstNames)} ${pick(world.random, fictionalSurnames)}`);
  const actor: ActorInput = { id, kind: 'TransitionManager', name, domains: ['WELFARE', 'CARE'], contact: { email: `${foldText(name).replace(/\s+/g, '.')}@example.org` } };
  addNode(world, node, actor);
  const zone = world.zoneOf[layout.municipalityStart + pickWeighted(world.random, layout.municipalitySums)] ?? 0;
  world.zoneOf[node] = zone;
  const start = drawStartDay(world);
  world.startDay[node] = Math.max(start, 0);
  world.sink.add('ACTIVE_IN', node, zone, start);
}

/** Organisations, initiatives, projects and transition managers, each placed in one area. */
export function generateActors(world: World, layout: AreaLayout): void {
  const counts = actorKindCounts(world.options.actors - layout.neighbourhoodStart - world.options.neighbourhoods);
  let node = layout.neighbourhoodStart + world.options.neighbourhoods;
  for (const kind of Object.keys(idPrefixes) as PlacedKind[]) {
    const sums = kind === 'TransitionManager' ? null : cumulative(actorTemplates[kind].map((t) => t.weight));
    for (let i = 0; i < counts[kind]; i++, node++) {
      const id = paddedId(idPrefixes[kind], i, counts[kind]);
      if (sums === null) addTransitionManager(world, node, id, layout);
      else addPlacedActor(world, node, kind as Exclude<PlacedKind, 'TransitionManager'>, id, layout, sums);
    }
  }
}
