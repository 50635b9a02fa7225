import { lifeDomains, type Language, type LifeDomain, type ScopedActor } from '@weefsel/graph-schema';
import { nothingRecorded, type AreaCoverage } from '../coverage/area-coverage';
import { nestedCoverage, scopeCoverage } from '../coverage/area-members';
import { domainMatrix } from '../domain-matrix';
import { localAreaKinds } from '../kinds';
import { bilingual, domainList, listOf, say, targetGroupList } from './explain';
import { gap, type Gap } from './gap';
import type { GapContext } from './gap-context';

/**
 * The areas whose coverage is checked: every neighbourhood (smallest area kind) inside the scope,
 * plus the scope itself (or the whole network) when it is a larger area. Both come from the one
 * coverage function (analysis/coverage), which the coverage view and the recommendations use too.
 */
function areasToCheck(ctx: GapContext): AreaCoverage[] {
  const { ag } = ctx;
  const scopeArea = ag.subgraph.areaId ? (ag.actors.get(ag.subgraph.areaId) ?? null) : null;
  // A neighbourhood scope is the only local area in it: its coverage is the scope's own.
  if (scopeArea && localAreaKinds.has(scopeArea.kind)) return [scopeCoverage(ag.subgraph)];
  const local = ag.subgraph.nodes.filter((n) => !n.boundary && localAreaKinds.has(n.kind)).map((n) => nestedCoverage(ag, n.id));
  return [scopeCoverage(ag.subgraph), ...local];
}

function areaName(area: AreaCoverage, lang: Language): string {
  return area.areaName ?? say(lang, 'het hele netwerk', 'the whole network');
}

/** DOMAIN_ABSENT and TARGET_GROUP_UNSERVED: one gap per area listing what no actor there covers. */
export function coverageGaps(ctx: GapContext): Gap[] {
  return areasToCheck(ctx).flatMap((area) => [domainAbsentGap(area), targetGroupGap(area)].filter((g): g is Gap => g !== null));
}

function noActorText(area: AreaCoverage, l: Language): string {
  return say(l, `Er is geen enkele actor actief in ${areaName(area, l)}.`, `No actor is active in ${areaName(area, l)}.`);
}

/** Only the area itself: nobody is placed in it. */
function empty(area: AreaCoverage): boolean {
  return area.actorCount <= (area.areaId === null ? 0 : 1);
}

/**
 * Where no actor of the area has any recorded, the lack is one of the data: said as such, low, and
 * naming no domain (the coverage lists none missing either).
 */
function unrecordedGap(area: AreaCoverage, what: 'domains' | 'targetGroups'): Gap {
  const kind = what === 'domains' ? 'DOMAIN_ABSENT' : 'TARGET_GROUP_UNSERVED';
  const [nl, en] = what === 'domains' ? ['levensdomeinen', 'life domains'] : ['doelgroepen', 'target groups'];
  return gap({
    id: `${kind}:${area.areaId ?? 'network'}`,
    kind,
    severity: 'LOW',
    areaIds: area.areaId ? [area.areaId] : [],
    explanation: bilingual((l) =>
      say(
        l,
        `Van geen enkele actor in ${areaName(area, l)} zijn ${nl} vastgelegd: welke er ontbreken, valt niet te zeggen. Vul ze aan om te zien wat het gebied dekt.`,
        `None of the actors in ${areaName(area, l)} has its ${en} recorded, so which are missing cannot be told. Record them to see what the area covers.`,
      ),
    ),
  });
}

/** "Van 3 van de 12 actoren zijn geen levensdomeinen vastgelegd": what a lack of domains is claimed on. */
function partlyRecorded(area: AreaCoverage, l: Language): string {
  const { actors, withoutDomains } = area.records;
  if (withoutDomains === 0) return '';
  return ` ${say(
    l,
    `Van ${withoutDomains} van de ${actors} actoren ${withoutDomains === 1 ? 'is' : 'zijn'} geen levensdomeinen vastgelegd.`,
    `${withoutDomains} of the ${actors} actors ${withoutDomains === 1 ? 'has' : 'have'} no life domains recorded.`,
  )}`;
}

function domainAbsentGap(area: AreaCoverage): Gap | null {
  if (nothingRecorded(area, 'domains')) return unrecordedGap(area, 'domains');
  const domains = area.missingDomains;
  if (domains.length === 0) return null;
  return gap({
    id: `DOMAIN_ABSENT:${area.areaId ?? 'network'}`,
    kind: 'DOMAIN_ABSENT',
    severity: 'MEDIUM',
    areaIds: area.areaId ? [area.areaId] : [],
    domains,
    explanation: bilingual((l) =>
      empty(area)
        ? noActorText(area, l)
        : say(l, `Geen enkele actor in ${areaName(area, l)} werkt rond ${domainList(domains, l)}.`, `No actor in ${areaName(area, l)} works on ${domainList(domains, l)}.`) + partlyRecorded(area, l),
    ),
  });
}

function targetGroupGap(area: AreaCoverage): Gap | null {
  if (nothingRecorded(area, 'targetGroups')) return unrecordedGap(area, 'targetGroups');
  const groups = area.missingTargetGroups;
  if (groups.length === 0) return null;
  return gap({
    id: `TARGET_GROUP_UNSERVED:${area.areaId ?? 'network'}`,
    kind: 'TARGET_GROUP_UNSERVED',
    severity: 'LOW',
    areaIds: area.areaId ? [area.areaId] : [],
    targetGroups: groups,
    explanation: bilingual((l) =>
      empty(area)
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
