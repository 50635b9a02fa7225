import { scopeMetricLabels, type Language, type ScopeMetricName } from '@weefsel/graph-schema';

type MetricKey = `changes.metric.${ScopeMetricName}`;

/** The key figures' names from graph-schema, which the area report prints too. */
export function metricMessages(language: Language): Record<MetricKey, string> {
  return Object.fromEntries(Object.entries(scopeMetricLabels).map(([metric, label]) => [`changes.metric.${metric}`, label[language]])) as Record<MetricKey, string>;
}
