import { lifeDomainNames, lifeDomains, targetGroupNames, type Language, type LifeDomain, type ScopedActor } from '@weefsel/graph-schema';
import { domainMatrix } from '../domain-matrix';
import { localAreaKinds } from '../kinds';
import { bilingual, domainList, listOf, say, targetGroupList } from './explain';
import { gap, type Gap } from './gap';
import type { GapContext } from './gap-context';

interface AreaMembers {
  area: ScopedActor | null;
  members: ScopedActor[];
}

/**
 * The areas whose coverage is checked: every neighbourhood (smallest area kind) inside the scope,
 * plus the scope itself (or the whole network) when it is a larger area. An actor counts for an area
 * when it lies in it through placement relations (located in, active in...).
 */
function areasToCheck(ctx: GapContext): AreaMembers[] {
  const { ag } = ctx;
  const inside = ctx.inside.map((i) => ag.actors.get(ag.adjacency.ids[i] as string) as ScopedActor);
  const scopeArea = ag.subgraph.areaId ? (ag.actors.get(ag.subgraph.areaId) ?? null) : null;
  const placement = ag.placement();
  const local = new Map<string, AreaMembers>();
  for (const n of ag.subgraph.nodes) if (!n.boundary && localAreaKinds.has(n.kind)) local.set(n.id, { area: n, members: [] });
  for (const actor of inside) {
    for (const areaId of placement.get(actor.id) ?? []) local.get(areaId)?.members.push(actor);
  }
  const areas = [...local.values()];
  if (!scopeArea || !localAreaKinds.has(scopeArea.kind)) areas.unshift({ area: scopeArea, members: inside });
  return areas;
}

function areaName(area: ScopedActor | null, lang: Language): string {
  return area ? area.name : say(lang, 'het hele netwerk', 'the whole network');
}

/** DOMAIN_ABSENT and TARGET_GROUP_UNSERVED: one gap per area listing what no actor there covers. */
export function coverageGaps(ctx: GapContext): Gap[] {
  return areasToCheck(ctx).flatMap((area) => [domainAbsentGap(area), targetGroupGap(area)].filter((g): g is Gap => g !== null));
}

function noActorText(area: ScopedActor | null, l: Language): string {
  return say(l, `Er is geen enkele actor actief in ${areaName(area, l)}.`, `No actor is active in ${areaName(area, l)}.`);
}

function domainAbsentGap({ area, members }: AreaMembers): Gap | null {
  const domains = lifeDomainNames.filter((d) => !members.some((m) => m.domains.includes(d)));
  if (domains.length === 0) return null;
  return gap({
    id: `DOMAIN_ABSENT:${area?.id ?? 'network'}`,
    kind: 'DOMAIN_ABSENT',
    severity: 'MEDIUM',
    areaIds: area ? [area.id] : [],
    domains,
    explanation: bilingual((l) =>
      members.length === 0
        ? noActorText(area, l)
        : say(l, `Geen enkele actor in ${areaName(area, l)} werkt rond ${domainList(domains, l)}.`, `No actor in ${areaName(area, l)} works on ${domainList(domains, l)}.`),
    ),
  });
}

function targetGroupGap({ area, members }: AreaMembers): Gap | null {
  const groups = targetGroupNames.filter((g) => !members.some((m) => m.targetGroups.includes(g)));
  if (groups.length === 0) return null;
  return gap({
    id: `TARGET_GROUP_UNSERVED:${area?.id ?? 'network'}`,
    kind: 'TARGET_GROUP_UNSERVED',
    severity: 'LOW',
    areaIds: area ? [area.id] : [],
    targetGroups: groups,
    explanation: bilingual((l) =>
      members.length === 0
        ? noActorText(area, l)
        : say(l, `Geen enkele actor in ${areaName(area, l)} richt zich op ${targetGroupList(groups, l)}.`, `No actor in ${areaName(area, l)} serves ${targetGroupList(groups, l)}.`),
    ),
  });
}

/**
 * DOMAIN_PAIR_UNLINKED: two domains that both have actors in the scope but no tie between them.
 * MEDIUM, or LOW when some actor works in both (the link then lives inside one organisation).
 */
export function domainPairGaps(ctx: GapContext): Gap[] {
  const matrix = domainMatrix(ctx.ag, false);
  const present = new Set(matrix.actorCounts.filter((c) => c.actorCount > 0).map((c) => c.domain));
  const countOf = (d: LifeDomain) => matrix.actorCounts.find((c) => c.domain === d)?.actorCount ?? 0;
  const inside = ctx.inside.map((i) => ctx.ag.actors.get(ctx.ag.adjacency.ids[i] as string) as ScopedActor);
  return matrix.cells
    .filter((c) => c.a !== c.b && c.tieCount === 0 && present.has(c.a) && present.has(c.b))
    .map(({ a, b }) => {
      const spanners = inside.filter((x) => x.domains.includes(a) && x.domains.includes(b));
      const names = spanners.map((s) => s.name);
      return gap({
        id: `DOMAIN_PAIR_UNLINKED:${a}|${b}`,
        kind: 'DOMAIN_PAIR_UNLINKED',
        severity: spanners.length > 0 ? 'LOW' : 'MEDIUM',
        actorIds: spanners.map((s) => s.id),
        domains: [a, b],
        areaIds: ctx.ag.subgraph.areaId ? [ctx.ag.subgraph.areaId] : [],
        explanation: bilingual((l) => {
          const text = say(
            l,
            `Geen enkele samenwerkingsband verbindt een actor rond ${lifeDomains[a][l]} (${countOf(a)}) met een actor rond ${lifeDomains[b][l]} (${countOf(b)}).`,
            `No collaboration tie links an actor in ${lifeDomains[a][l]} (${countOf(a)}) with one in ${lifeDomains[b][l]} (${countOf(b)}).`,
          );
          return spanners.length === 0 ? text : `${text} ${say(l, `Alleen binnen ${listOf(names, l)} komen beide samen.`, `Only within ${listOf(names, l)} do both meet.`)}`;
        }),
      });
    });
}
