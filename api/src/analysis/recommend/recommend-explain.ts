import type { Label, Language } from '@weefsel/graph-schema';
import { bilingual, domainList, listOf, say, targetGroupList } from '../gaps/explain';
import type { RecommendContext } from './recommend-context';
import type { PairScore } from './score-pair';

/** "Why": one sentence per component that counts, in Dutch and English. */
export function explainPair(ctx: RecommendContext, p: PairScore): Label {
  const nameAt = (i: number) => ctx.actorAt(i).name;
  const a = nameAt(p.a);
  const b = nameAt(p.b);
  return bilingual((l) =>
    [structural(l, p, nameAt), complementarity(l, p, a, b), proximity(l, p, ctx), bridging(l, p, a, b), formalInformal(l, p)]
      .filter((s) => s !== '')
      .join(' ') || say(l, `${b} is een mogelijke nieuwe partner voor ${a}.`, `${b} is a possible new partner for ${a}.`),
  );
}

function structural(l: Language, p: PairScore, nameAt: (i: number) => string): string {
  const shared = p.structural.shared.map(nameAt);
  if (shared.length === 0) return '';
  return say(l, `Ze hebben ${shared.length} gemeenschappelijke partner(s): ${listOf(shared, l)}.`, `They share ${shared.length} partner(s): ${listOf(shared, l)}.`);
}

function complementarity(l: Language, p: PairScore, a: string, b: string): string {
  const c = p.complementarity;
  const parts: string[] = [];
  if (c.areaMissingDomains.length > 0) parts.push(say(l, `${b} brengt ${domainList(c.areaMissingDomains, l)} binnen, dat in de buurt ontbreekt.`, `${b} brings ${domainList(c.areaMissingDomains, l)}, which the neighbourhood lacks.`));
  if (c.areaMissingTargetGroups.length > 0) parts.push(say(l, `${b} richt zich op ${targetGroupList(c.areaMissingTargetGroups, l)}, die in de buurt niemand bedient.`, `${b} serves ${targetGroupList(c.areaMissingTargetGroups, l)}, whom nobody in the neighbourhood serves.`));
  if (parts.length === 0 && c.newDomains.length > 0) parts.push(say(l, `${b} werkt rond ${domainList(c.newDomains, l)}, wat ${a} niet doet.`, `${b} works on ${domainList(c.newDomains, l)}, which ${a} does not.`));
  return parts.join(' ');
}

function proximity(l: Language, p: PairScore, ctx: RecommendContext): string {
  const id = p.proximity.sharedAreaId;
  if (id === null) return '';
  const name = ctx.ag.actors.get(id)?.name ?? id;
  return say(l, `Beide zijn actief in ${name}.`, `Both are active in ${name}.`);
}

function bridging(l: Language, p: PairScore, a: string, b: string): string {
  switch (p.bridging.effect) {
    case 'BRINGS_IN_ISOLATED': {
      const who = p.bridging.isolated === 'a' ? a : b;
      return say(l, `${who} heeft nog geen enkele samenwerkingsband: deze band haalt het binnen in het netwerk.`, `${who} has no collaboration tie yet: this tie brings it into the network.`);
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
