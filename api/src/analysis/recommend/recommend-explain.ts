import type { Label, Language } from '@weefsel/graph-schema';
import { longDate, onDay, whereAndWhen } from '../coverage/where-and-when';
import { bilingual, domainList, listOf, say, targetGroupList } from '../gaps/explain';
import { latestTieStart, recentWindow, type PairFeature } from '../likelihood/pair-features';
import type { RecommendContext } from './recommend-context';
import type { PairScore } from './score-pair';

/** Why a pair: its likelihood reasons and its value reasons, each said apart, in Dutch and English. */
export interface PairExplanation {
  /** Both, each side introduced ("Kans: ... Waarde: ..."). */
  explanation: Label;
  likelihoodExplanation: Label;
  valueExplanation: Label;
}

/** Likelihood reasons named at most, the strongest first. */
const maxLikelihoodReasons = 3;

export function explainPair(ctx: RecommendContext, p: PairScore): PairExplanation {
  const nameAt = (i: number) => ctx.actorAt(i).name;
  const a = nameAt(p.a);
  const b = nameAt(p.b);
  const likelihood = bilingual((l) => likelihoodReasons(l, ctx, p, a, b).join(' ') || say(l, `Het netwerk geeft weinig aanwijzingen dat ${a} en ${b} gaan samenwerken.`, `The network holds little sign that ${a} and ${b} will work together.`));
  const value = valueReasons(ctx, p) ?? bilingual((l) => say(l, 'De band sluit geen gekende zwakte.', 'The tie closes no known gap.'));
  return { likelihoodExplanation: likelihood, valueExplanation: value, explanation: bothSides(likelihood, value) };
}

/** What the tie would do for the policy goals, or null when it closes no known gap. */
export function valueReasons(ctx: RecommendContext, p: PairScore): Label | null {
  const [a, b] = [ctx.actorAt(p.a).name, ctx.actorAt(p.b).name];
  const text = bilingual((l) => [complementarity(l, p, a, b), bridging(l, ctx, p, a, b), formalInformal(l, p)].filter((s) => s !== '').join(' '));
  return text.nl === '' ? null : text;
}

/** The two sides in one text, each introduced. */
export function bothSides(likelihood: Label, value: Label): Label {
  return { nl: `Kans: ${likelihood.nl} Waarde: ${value.nl}`, en: `Likelihood: ${likelihood.en} Value: ${value.en}` };
}

/**
 * The model's reasons, grouped: each group's share of the log-odds is the sum of its features'
 * contributions, and a group is named only when that share is positive and its fact holds (a
 * shared partner is named only when there is one).
 */
const reasonGroups: { features: PairFeature[]; say: (l: Language, ctx: RecommendContext, p: PairScore, a: string, b: string) => string }[] = [
  { features: ['commonNeighbours', 'adamicAdar', 'resourceAllocation', 'jaccard', 'distanceTwo'], say: (l, ctx, p) => sharedPartners(l, p, (i) => ctx.actorAt(i).name) },
  {
    features: ['distanceThree'],
    say: (l, _ctx, p, a, b) => (p.likelihood.distance === 3 ? say(l, `Een partner van ${a} werkt samen met een partner van ${b}.`, `A partner of ${a} works with a partner of ${b}.`) : ''),
  },
  { features: ['sameTopArea', 'sameMiddleArea', 'sameDeepestArea'], say: (l, ctx, p, a, b) => proximity(l, p, ctx, a, b) },
  {
    features: ['degreeB', 'tieWeightB', 'tieAgeB'],
    say: (l, ctx, p, _a, b) => {
      const n = ctx.degree(p.b);
      if (n === 0) return '';
      return say(l, `${b} werkt al met ${n} ${n === 1 ? 'partner' : 'partners'} samen.`, `${b} already works with ${n} ${n === 1 ? 'partner' : 'partners'}.`);
    },
  },
  {
    features: ['recentTiesB'],
    say: (l, ctx, p, _a, b) => {
      const n = p.likelihood.recentTiesB;
      // The year is the one up to the network's latest tie start, which the scorer measures recency
      // at: not the past year of the calendar when the records stop earlier (an imported history).
      const reference = latestTieStart(ctx);
      if (n === 0 || reference === null) return '';
      const { first, last } = recentWindow(reference);
      const [from, to] = [longDate(first, l), longDate(last, l)];
      return n === 1
        ? say(l, `${b} heeft 1 samenwerking die begon tussen ${from} en ${to}.`, `${b} has 1 collaboration that began between ${from} and ${to}.`)
        : say(l, `${b} heeft ${n} samenwerkingen die begonnen tussen ${from} en ${to}.`, `${b} has ${n} collaborations that began between ${from} and ${to}.`);
    },
  },
  {
    features: ['sameCommunity'],
    say: (l, ctx, p) =>
      ctx.degree(p.a) > 0 && ctx.degree(p.b) > 0 && ctx.communities().communityOf[p.a] === ctx.communities().communityOf[p.b]
        ? say(l, `Ze horen bij dezelfde groep die vooral onder elkaar samenwerkt (${groupsNamed(l, ctx, [p.a])}).`, `They belong to the same group that mostly works together (${groupsNamed(l, ctx, [p.a])}).`)
        : '',
  },
  {
    features: ['domainOverlap', 'targetGroupOverlap'],
    say: (l, ctx, p) => {
      const [x, y] = [ctx.actorAt(p.a), ctx.actorAt(p.b)];
      const domains = x.domains.filter((d) => y.domains.includes(d));
      const groups = x.targetGroups.filter((g) => y.targetGroups.includes(g));
      return [
        domains.length > 0 ? say(l, `Beide werken rond ${domainList(domains, l)}.`, `Both work on ${domainList(domains, l)}.`) : '',
        groups.length > 0 ? say(l, `Beide richten zich op ${targetGroupList(groups, l)}.`, `Both serve ${targetGroupList(groups, l)}.`) : '',
      ]
        .filter((s) => s !== '')
        .join(' ');
    },
  },
];

function likelihoodReasons(l: Language, ctx: RecommendContext, p: PairScore, a: string, b: string): string[] {
  return reasonGroups
    .map((group) => ({ weight: group.features.reduce((sum, f) => sum + p.likelihood.contributions[f], 0), text: group.say(l, ctx, p, a, b) }))
    .filter((r) => r.weight > 0 && r.text !== '')
    .sort((x, y) => y.weight - x.weight)
    .slice(0, maxLikelihoodReasons)
    .map((r) => r.text);
}

function sharedPartners(l: Language, p: PairScore, nameAt: (i: number) => string): string {
  const shared = p.structural.shared.map(nameAt);
  if (shared.length === 0) return '';
  const one = shared.length === 1;
  return say(
    l,
    `Ze hebben ${shared.length} gemeenschappelijke ${one ? 'partner' : 'partners'}: ${listOf(shared, l)}.`,
    `They share ${shared.length} ${one ? 'partner' : 'partners'}: ${listOf(shared, l)}.`,
  );
}

/**
 * A lack is claimed only for the area whose coverage was computed (the one asked about), naming it
 * and the date: "dat in Kristus-Koning op 3 december 2026 ontbreekt". The claim is then exactly
 * `areaMissingDomains` / `areaMissingTargetGroups` of the answer, which the coverage view confirms.
 */
function complementarity(l: Language, p: PairScore, a: string, b: string): string {
  const c = p.complementarity;
  const parts: string[] = [];
  if (c.area && c.areaMissingDomains.length > 0) {
    const where = whereAndWhen(c.area, l);
    const many = c.areaMissingDomains.length > 1;
    const lacks = many ? `die ${where} ontbreken` : `dat ${where} ontbreekt`;
    parts.push(say(l, `${b} werkt rond ${domainList(c.areaMissingDomains, l)}, ${lacks}.`, `${b} works on ${domainList(c.areaMissingDomains, l)}, which nobody ${where} works on.`));
  }
  if (c.area && c.areaMissingTargetGroups.length > 0) {
    const where = whereAndWhen(c.area, l);
    parts.push(say(l, `${b} richt zich op ${targetGroupList(c.areaMissingTargetGroups, l)}, die ${where} niemand bedient.`, `${b} serves ${targetGroupList(c.areaMissingTargetGroups, l)}, whom nobody ${where} serves.`));
  }
  if (parts.length === 0 && c.newDomains.length > 0) parts.push(say(l, `${b} werkt rond ${domainList(c.newDomains, l)}, wat ${a} niet doet.`, `${b} works on ${domainList(c.newDomains, l)}, which ${a} does not.`));
  return parts.join(' ');
}

/**
 * Where both are active. When an area is asked about and the shared area is another neighbourhood,
 * the sentence speaks of the area asked about instead: the view of Assebroek explains with Assebroek.
 */
function proximity(l: Language, p: PairScore, ctx: RecommendContext, a: string, b: string): string {
  const id = p.proximity.sharedAreaId;
  if (id === null) return '';
  const focus = p.complementarity.area;
  if (focus?.areaId && id !== focus.areaId && !liesIn(ctx, focus.areaId, id)) {
    const inA = ctx.areasOf(p.a).has(focus.areaId);
    const inB = ctx.areasOf(p.b).has(focus.areaId);
    if (inA !== inB) {
      const [inside, outside] = inA ? [a, b] : [b, a];
      return say(l, `${inside} is actief in ${focus.areaName}, ${outside} niet.`, `${inside} is active in ${focus.areaName}, ${outside} is not.`);
    }
  }
  const name = ctx.ag.actors.get(id)?.name ?? id;
  return say(l, `Beide zijn actief in ${name}.`, `Both are active in ${name}.`);
}

/** Whether area `inner` lies in area `outer` (a neighbourhood in its municipality). */
function liesIn(ctx: RecommendContext, inner: string, outer: string): boolean {
  return ctx.ag.placement().get(inner)?.includes(outer) ?? false;
}

/**
 * The communities of nodes as the network's metrics of the same scope number them for people (the
 * actor panel's "Gemeenschap" is the index plus one), and the scope, so the claim can be checked there.
 */
function groupsNamed(l: Language, ctx: RecommendContext, nodes: readonly number[]): string {
  const numbers = nodes.map((i) => (ctx.communities().communityOf[i] as number) + 1).sort((x, y) => x - y).map(String);
  const { areaId } = ctx.ag.subgraph;
  const scope = areaId === null ? say(l, 'de hele regio', 'the whole region') : (ctx.ag.actors.get(areaId)?.name ?? areaId);
  return numbers.length === 1
    ? say(l, `gemeenschap ${numbers[0]} van ${scope}`, `community ${numbers[0]} of ${scope}`)
    : say(l, `gemeenschappen ${listOf(numbers, l)} van ${scope}`, `communities ${listOf(numbers, l)} of ${scope}`);
}

/** Whether an actor is isolated depends on the day: the sentence names it (the gaps view of that day agrees). */
function bridging(l: Language, ctx: RecommendContext, p: PairScore, a: string, b: string): string {
  const asOf = ctx.ag.subgraph.asOf;
  switch (p.bridging.effect) {
    case 'BRINGS_IN_ISOLATED': {
      const who = p.bridging.isolated === 'a' ? a : b;
      if (asOf === null) return say(l, `${who} heeft nog geen enkele samenwerkingsband: deze band haalt het binnen in het netwerk.`, `${who} has no collaboration tie yet: this tie brings it into the network.`);
      const day = onDay(asOf, l);
      return say(l, `${who} heeft ${day} geen enkele samenwerkingsband: deze band haalt het binnen in het netwerk.`, `${who} has no collaboration tie ${day}: this tie brings it into the network.`);
    }
    case 'JOINS_COMPONENTS':
      return say(l, 'De band verbindt twee delen van het netwerk die nu los van elkaar staan.', 'The tie joins two parts of the network that are now separate.');
    case 'JOINS_COMMUNITIES':
      return say(l, `De band legt een brug tussen twee groepen die vooral onder elkaar samenwerken (${groupsNamed(l, ctx, [p.a, p.b])}).`, `The tie bridges two groups that mostly work among themselves (${groupsNamed(l, ctx, [p.a, p.b])}).`);
    default:
      return '';
  }
}

function formalInformal(l: Language, p: PairScore): string {
  if (!p.formalInformal.links) return '';
  return p.formalInformal.firstFormalPartner
    ? say(l, 'Het wordt de eerste band van het informele initiatief met formele zorg of welzijn.', "It would be the informal initiative's first tie to formal care or welfare.")
    : say(l, 'De band verbindt formele zorg met een informeel initiatief.', 'The tie links formal care with an informal initiative.');
}
