import type { Label, Language } from '@weefsel/graph-schema';
import { onDay, whereAndWhen } from '../coverage/where-and-when';
import { bilingual, domainList, listOf, say, targetGroupList } from '../gaps/explain';
import type { RecommendContext } from './recommend-context';
import type { PairScore } from './score-pair';

/** "Why": one sentence per component that counts, in Dutch and English. */
export function explainPair(ctx: RecommendContext, p: PairScore): Label {
  const nameAt = (i: number) => ctx.actorAt(i).name;
  const a = nameAt(p.a);
  const b = nameAt(p.b);
  return bilingual((l) =>
    [structural(l, p, nameAt), complementarity(l, p, a, b), proximity(l, p, ctx, a, b), bridging(l, p, a, b, ctx.ag.subgraph.asOf), formalInformal(l, p)]
      .filter((s) => s !== '')
      .join(' ') || say(l, `${b} is een mogelijke nieuwe partner voor ${a}.`, `${b} is a possible new partner for ${a}.`),
  );
}

function structural(l: Language, p: PairScore, nameAt: (i: number) => string): string {
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

/** Whether an actor is isolated depends on the day: the sentence names it (the gaps view of that day agrees). */
function bridging(l: Language, p: PairScore, a: string, b: string, asOf: string | null): string {
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
      return say(l, 'De band legt een brug tussen twee groepen die vooral onder elkaar samenwerken.', 'The tie bridges two groups that mostly work among themselves.');
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
