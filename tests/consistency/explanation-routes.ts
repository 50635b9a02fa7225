import { lifeDomainNames, targetGroupNames, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';
import { ask, countsAsTie, type Rel } from './routes';

/**
 * What an area lacks, asked through every route that shows it (coverage, the network's own actors,
 * the gaps of the area and of a larger area around it), and the reasons of recommendations and
 * suggestions that claim a lack, as structured facts (no sentence parsing).
 * `day` undefined asks without a date, as the web does by default.
 */

export interface Lacks {
  asOf: string | null;
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
}

export interface Reason {
  /** Who the reason is about: "from -> to" or the candidate. */
  pair: string;
  /** The other end: the actor asked about, or the suggestion's `from`. */
  subject: string;
  bridgingEffect: string;
  /** The formal-informal component: 1 exactly when the text says it would be the informal actor's first formal tie. */
  formalInformalScore: number;
  candidate: { id: string; domains: LifeDomain[]; targetGroups: TargetGroup[] };
  area: { id: string; name: string } | null;
  asOf: string | null;
  areaMissingDomains: LifeDomain[];
  areaMissingTargetGroups: TargetGroup[];
  explanation: { nl: string; en: string };
}

export async function coverageLacks(url: string, areaId: string, day: string | undefined): Promise<Lacks & { name: string }> {
  const { areaCoverage } = await ask<{ areaCoverage: { asOf: string | null; area: { name: string }; missingDomains: LifeDomain[]; missingTargetGroups: TargetGroup[] } }>(
    url,
    'query ($id: ID!, $asOf: Date) { areaCoverage(areaId: $id, asOf: $asOf) { asOf area { name } missingDomains missingTargetGroups } }',
    { id: areaId, asOf: day ?? null },
  );
  return { asOf: areaCoverage.asOf, name: areaCoverage.area.name, domains: areaCoverage.missingDomains, targetGroups: areaCoverage.missingTargetGroups };
}

/** Counted here from the area's own `network` (no outside partners), independently of the API's code. */
export async function networkLacks(url: string, areaId: string, day: string | undefined): Promise<Lacks> {
  const { network } = await ask<{ network: { asOf: string | null; nodes: { boundary: boolean; domains: LifeDomain[]; targetGroups: TargetGroup[] }[] } }>(
    url,
    'query ($scope: ScopeInput, $asOf: Date) { network(scope: $scope, asOf: $asOf) { asOf nodes { boundary domains targetGroups } } }',
    { scope: { areaId }, asOf: day ?? null },
  );
  const inside = network.nodes.filter((n) => !n.boundary);
  return {
    asOf: network.asOf,
    domains: lifeDomainNames.filter((d) => !inside.some((n) => n.domains.includes(d))),
    targetGroups: targetGroupNames.filter((g) => !inside.some((n) => n.targetGroups.includes(g))),
  };
}

/** The area's DOMAIN_ABSENT and TARGET_GROUP_UNSERVED gaps, from the gaps of `scopeId` (the area or one around it). */
export async function gapLacks(url: string, areaId: string, scopeId: string, day: string | undefined): Promise<Lacks> {
  const { gaps } = await ask<{ gaps: { asOf: string | null; gaps: { kind: string; areas: { id: string }[]; domains: LifeDomain[]; targetGroups: TargetGroup[] }[] } }>(
    url,
    'query ($scope: ScopeInput, $asOf: Date) { gaps(scope: $scope, asOf: $asOf, kinds: [DOMAIN_ABSENT, TARGET_GROUP_UNSERVED]) { asOf gaps { kind areas { id } domains targetGroups } } }',
    { scope: { areaId: scopeId }, asOf: day ?? null },
  );
  const of = (kind: string) => gaps.gaps.find((g) => g.kind === kind && g.areas.some((a) => a.id === areaId));
  return { asOf: gaps.asOf, domains: of('DOMAIN_ABSENT')?.domains ?? [], targetGroups: of('TARGET_GROUP_UNSERVED')?.targetGroups ?? [] };
}

const reasonFields = 'area { id name } asOf areaMissingDomains areaMissingTargetGroups bridgingEffect components { formalInformal } explanation { nl en }';

export async function suggestionReasons(url: string, neighbourhoodId: string, day: string | undefined): Promise<Reason[]> {
  type Row = Omit<Reason, 'pair' | 'subject' | 'candidate' | 'formalInformalScore'> & { components: { formalInformal: number }; from: { id: string }; to: Reason['candidate'] };
  const { suggestCollaborations } = await ask<{ suggestCollaborations: Row[] }>(
    url,
    `query ($id: ID!, $asOf: Date) { suggestCollaborations(neighbourhoodId: $id, asOf: $asOf, limit: 20) { from { id } to { id domains targetGroups } ${reasonFields} } }`,
    { id: neighbourhoodId, asOf: day ?? null },
  );
  return suggestCollaborations.map(({ from, to, components, ...rest }) => ({ ...rest, formalInformalScore: components.formalInformal, pair: `${from.id} -> ${to.id}`, subject: from.id, candidate: to }));
}

/** Recommendations for an actor, about `areaId` (null: let the API choose the actor's own area). */
export async function recommendationReasons(url: string, actorId: string, areaId: string | null, day: string | undefined): Promise<Reason[]> {
  type Row = Omit<Reason, 'pair' | 'subject' | 'candidate' | 'formalInformalScore'> & { components: { formalInformal: number }; actor: Reason['candidate'] };
  const { recommendPartners } = await ask<{ recommendPartners: Row[] }>(
    url,
    `query ($id: ID!, $area: ID, $asOf: Date) { recommendPartners(actorId: $id, areaId: $area, asOf: $asOf, limit: 20) { actor { id domains targetGroups } ${reasonFields} } }`,
    { id: actorId, area: areaId, asOf: day ?? null },
  );
  return recommendPartners.map(({ actor, components, ...rest }) => ({ ...rest, formalInformalScore: components.formalInformal, pair: `${actorId} -> ${actor.id}`, subject: actorId, candidate: actor }));
}

/** Whether the actor is formal, and how many formal partners it has on `day`, from its ego network. */
export async function formalPartners(url: string, actorId: string, day: string | undefined): Promise<{ formal: boolean; formalPartners: number }> {
  const { egoNetwork } = await ask<{ egoNetwork: { nodes: { id: string; formal: boolean }[]; relations: Rel[] } }>(
    url,
    'query ($id: ID!, $asOf: Date) { egoNetwork(actorId: $id, depth: 1, asOf: $asOf) { nodes { id formal } relations { id kind source target since until status } } }',
    { id: actorId, asOf: day ?? null },
  );
  const formal = new Map(egoNetwork.nodes.map((n) => [n.id, n.formal]));
  const partners = new Set(egoNetwork.relations.filter(countsAsTie).flatMap((r) => (r.source === actorId ? [r.target] : r.target === actorId ? [r.source] : [])));
  return { formal: formal.get(actorId) ?? true, formalPartners: [...partners].filter((id) => formal.get(id)).length };
}
