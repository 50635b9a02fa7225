import type { Language, ScopedActor } from '@weefsel/graph-schema';
import { degreeAt } from '../adjacency';
import { partnersOf, tieBetween } from '../analysis-graph';
import { plainActorKinds } from '../kinds';
import { bilingual, listOf, say } from './explain';
import { gap, type Gap } from './gap';
import type { GapContext } from './gap-context';

/** Inside actors with no collaboration tie (ISOLATED_ACTOR) or exactly one (PERIPHERAL_ACTOR). */
export function isolationGaps(ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const i of ctx.inside) {
    const degree = degreeAt(ctx.ag.adjacency, i);
    if (degree === 0) gaps.push(isolatedGap(ctx, ctx.ag.adjacency.ids[i] as string));
    else if (degree === 1) gaps.push(peripheralGap(ctx, i));
  }
  return gaps;
}

function isolatedGap(ctx: GapContext, id: string): Gap {
  const name = ctx.nameOf(id);
  const informal = ctx.ag.actors.get(id)?.formal === false;
  return gap({
    id: `ISOLATED_ACTOR:${id}`,
    kind: 'ISOLATED_ACTOR',
    severity: 'HIGH',
    actorIds: [id],
    areaIds: ctx.areasOf([id]),
    explanation: bilingual((l) => isolatedText(l, name, informal)),
  });
}

function peripheralGap(ctx: GapContext, i: number): Gap {
  const { ids } = ctx.ag.adjacency;
  const id = ids[i] as string;
  const name = ctx.nameOf(id);
  const j = partnersOf(ctx.ag, i)[0] as number;
  const partner = ids[j] as string;
  const partnerName = ctx.nameOf(partner);
  return gap({
    id: `PERIPHERAL_ACTOR:${id}`,
    kind: 'PERIPHERAL_ACTOR',
    severity: 'MEDIUM',
    actorIds: [id, partner],
    areaIds: ctx.areasOf([id]),
    relationIds: tieBetween(ctx.ag, i, j)?.relations.map((r) => r.id) ?? [],
    explanation: bilingual((l) =>
      say(
        l,
        `${name} hangt aan één enkele samenwerkingsband, met ${partnerName}. Valt die band weg, dan staat ${name} er alleen voor.`,
        `${name} hangs on a single collaboration tie, with ${partnerName}. If that tie ends, ${name} is on its own.`,
      ),
    ),
  });
}

function isolatedText(lang: Language, name: string, informal: boolean): string {
  const base = say(
    lang,
    `${name} heeft geen enkele samenwerkingsband: niemand werkt ermee samen, verwijst ernaar door, financiert, coördineert of coacht het.`,
    `${name} has no collaboration tie: nobody partners with it, refers to it, funds, coordinates or coaches it.`,
  );
  const extra = say(lang, ' Als informele actor mist het zo ook elke band met formele zorg of welzijn.', ' As an informal actor it thus also lacks any tie to formal care or welfare.');
  return informal ? base + extra : base;
}

/**
 * INFORMAL_WITHOUT_FORMAL: informal actors (citizens' initiatives, volunteers: `formal` false) whose
 * partners are all informal; isolated ones are already reported as isolated. FORMAL_WITHOUT_INFORMAL:
 * one gap listing the formal actors (areas excluded) that have ties but none to an informal actor.
 */
export function formalInformalGaps(ctx: GapContext): Gap[] {
  const { adjacency, actors } = ctx.ag;
  const formal = Uint8Array.from(adjacency.ids, (id) => (actors.get(id)?.formal ? 1 : 0));
  const gaps: Gap[] = [];
  const formalAlone: string[] = [];
  for (const i of ctx.inside) {
    const partners = partnersOf(ctx.ag, i);
    if (partners.length === 0) continue;
    const actor = actors.get(adjacency.ids[i] as string) as ScopedActor;
    const formalPartners = partners.filter((j) => formal[j] === 1).length;
    if (!actor.formal && formalPartners === 0) gaps.push(informalGap(ctx, actor, partners));
    if (actor.formal && plainActorKinds.has(actor.kind) && formalPartners === partners.length) formalAlone.push(actor.id);
  }
  if (formalAlone.length > 0) gaps.push(formalAloneGap(ctx, formalAlone));
  return gaps;
}

function informalGap(ctx: GapContext, actor: ScopedActor, partners: number[]): Gap {
  const ids = partners.map((j) => ctx.ag.adjacency.ids[j] as string);
  const names = ids.map(ctx.nameOf);
  return gap({
    id: `INFORMAL_WITHOUT_FORMAL:${actor.id}`,
    kind: 'INFORMAL_WITHOUT_FORMAL',
    severity: 'HIGH',
    actorIds: [actor.id, ...ids],
    areaIds: ctx.areasOf([actor.id]),
    explanation: bilingual((l) =>
      say(
        l,
        `${actor.name} is een informele actor zonder band met formele zorg of welzijn: de partners (${listOf(names, l)}) zijn allemaal informeel.`,
        `${actor.name} is an informal actor with no tie to formal care or welfare: its partners (${listOf(names, l)}) are all informal.`,
      ),
    ),
  });
}

function formalAloneGap(ctx: GapContext, ids: string[]): Gap {
  const names = ids.map(ctx.nameOf);
  return gap({
    id: 'FORMAL_WITHOUT_INFORMAL',
    kind: 'FORMAL_WITHOUT_INFORMAL',
    severity: 'LOW',
    actorIds: ids,
    areaIds: ctx.areasOf(ids),
    explanation: bilingual((l) =>
      say(
        l,
        ids.length === 1
          ? `1 formele actor werkt met geen enkele informele actor (burgerinitiatief, vrijwilligers) samen: ${listOf(names, l)}.`
          : `${ids.length} formele actoren werken met geen enkele informele actor (burgerinitiatief, vrijwilligers) samen: ${listOf(names, l)}.`,
        ids.length === 1
          ? `1 formal actor has no tie to any informal actor (citizens' initiative, volunteers): ${listOf(names, l)}.`
          : `${ids.length} formal actors have no tie to any informal actor (citizens' initiative, volunteers): ${listOf(names, l)}.`,
      ),
    ),
  });
}
