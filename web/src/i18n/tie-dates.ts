import type { Language } from '@weefsel/graph-schema';
import { formatDay } from './format';
import type { MessageKey, MessageParams } from './messages';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The period of a tie as the actor panel and the relation lists show it, in the UI language:
 * "1 jan 2019 – 31 dec 2022", "sinds 1 jan 2019", "tot en met 31 dec 2022"; empty when no date is known.
 */
export function tieDates(relation: { since?: string | null; until?: string | null }, language: Language, t: Translate): string {
  const since = relation.since ? formatDay(relation.since, language) : null;
  const until = relation.until ? formatDay(relation.until, language) : null;
  if (since && until) return t('actor.ties.period', { since, until });
  if (since) return t('actor.ties.since', { since });
  if (until) return t('actor.ties.until', { until });
  return '';
}

/**
 * An actor's own lifespan as its panel says it: "Bestaat van 1 mei 2016 tot en met 30 apr 2018",
 * or one side of it; empty when neither day is known (it always was, and still is).
 */
export function actorLifespan(actor: { since?: string | null; until?: string | null }, language: Language, t: Translate): string {
  const since = actor.since ? formatDay(actor.since, language) : null;
  const until = actor.until ? formatDay(actor.until, language) : null;
  if (since && until) return t('actor.lifespan.period', { since, until });
  if (since) return t('actor.lifespan.since', { since });
  if (until) return t('actor.lifespan.until', { until });
  return '';
}
