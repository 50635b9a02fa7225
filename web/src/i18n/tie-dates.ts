import { earlierDay, type Language } from '@weefsel/graph-schema';
import { formatDay } from './format';
import type { MessageKey, MessageParams } from './messages';

type Translate = (key: MessageKey, params?: MessageParams) => string;

interface PeriodKeys {
  period: MessageKey;
  since: MessageKey;
  until: MessageKey;
}

/** A record's days in the UI language, by the messages given; empty when no day is known. */
function periodText(record: { since?: string | null; until?: string | null }, keys: PeriodKeys, language: Language, t: Translate): string {
  const since = record.since ? formatDay(record.since, language) : null;
  const until = record.until ? formatDay(record.until, language) : null;
  if (since && until) return t(keys.period, { since, until });
  if (since) return t(keys.since, { since });
  if (until) return t(keys.until, { until });
  return '';
}

/**
 * The period of a tie as the actor panel and the relation lists show it, in the UI language:
 * "1 jan 2019 – 31 dec 2022", "sinds 1 jan 2019", "tot en met 31 dec 2022"; empty when no date is known.
 */
export function tieDates(relation: { since?: string | null; until?: string | null }, language: Language, t: Translate): string {
  return periodText(relation, { period: 'actor.ties.period', since: 'actor.ties.since', until: 'actor.ties.until' }, language, t);
}

type Days = { since?: string | null; until?: string | null };

/**
 * The period of a tie in an actor's panel: its own dates, but ending with the actor or the partner
 * when one of them ended first (a tie recorded without an end, with a project that ran its course),
 * and saying which: "1 sep 2016 – 31 mrt 2017 (einde van de partner)". The same end that makes the
 * tie read as ended (graph-schema `statusOn`).
 */
export function tieDatesInPanel(relation: Days, actor: Days, partner: Days | null, language: Language, t: Translate): string {
  const own = relation.until ?? null;
  const first = earlierDay(actor.until, partner?.until);
  if (first === null || (own !== null && own <= first)) return tieDates(relation, language, t);
  const period = tieDates({ since: relation.since, until: first }, language, t);
  return t(first === (actor.until ?? null) ? 'actor.ties.endOfActor' : 'actor.ties.endOfPartner', { period });
}

/**
 * An actor's own lifespan as its panel says it: "Bestaat van 1 mei 2016 tot en met 30 apr 2018",
 * or one side of it; empty when neither day is known (it always was, and still is).
 */
export function actorLifespan(actor: { since?: string | null; until?: string | null }, language: Language, t: Translate): string {
  return periodText(actor, { period: 'actor.lifespan.period', since: 'actor.lifespan.since', until: 'actor.lifespan.until' }, language, t);
}
