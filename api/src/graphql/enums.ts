import {
  lifeDomainNames,
  lifeDomains,
  nodeKindNames,
  nodeKinds,
  relationKindNames,
  relationKinds,
  relationStatusNames,
  relationStatuses,
  targetGroupNames,
  targetGroups,
  languages,
  type Label,
} from '@weefsel/graph-schema';
import { registerEnumType } from 'type-graphql';

/** A GraphQL enum whose values are their own names, from one of graph-schema's (or the analysis') name lists. */
export function enumObject<T extends string>(names: readonly T[]): Record<T, T> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>;
}

function described<T extends string>(names: readonly T[], labelOf: (name: T) => Label) {
  return Object.fromEntries(
    names.map((n) => [n, { description: `${labelOf(n).nl} / ${labelOf(n).en}` }]),
  ) as Record<T, { description: string }>;
}

// GraphQL enums are generated from graph-schema: a new kind there appears here and in schema.graphql.
export const NodeKindEnum = enumObject(nodeKindNames);
export const RelationKindEnum = enumObject(relationKindNames);
export const RelationStatusEnum = enumObject(relationStatusNames);
export const LifeDomainEnum = enumObject(lifeDomainNames);
export const TargetGroupEnum = enumObject(targetGroupNames);
export const LanguageEnum = enumObject(languages);

registerEnumType(NodeKindEnum, {
  name: 'NodeKind',
  description: 'Kinds of actors and areas (graph-schema nodeKinds)',
  valuesConfig: described(nodeKindNames, (k) => nodeKinds[k].label),
});
registerEnumType(RelationKindEnum, {
  name: 'RelationKind',
  description: 'Kinds of relations (graph-schema relationKinds)',
  valuesConfig: Object.fromEntries(
    relationKindNames.map((k) => {
      const spec = relationKinds[k];
      const tie = spec.tie === 'collaboration' ? 'collaboration tie' : 'structural';
      return [k, { description: `${spec.label.nl} / ${spec.label.en} (${tie}${spec.directed ? '' : ', undirected'})` }];
    }),
  ) as Record<string, { description: string }>,
});
registerEnumType(RelationStatusEnum, {
  name: 'RelationStatus',
  description: 'Where a relation stands (graph-schema relationStatuses); planned ties are not counted by analysis',
  valuesConfig: described(relationStatusNames, (s) => relationStatuses[s]),
});
registerEnumType(LifeDomainEnum, {
  name: 'LifeDomain',
  description: 'Levensdomeinen (graph-schema lifeDomains)',
  valuesConfig: described(lifeDomainNames, (d) => lifeDomains[d]),
});
registerEnumType(TargetGroupEnum, {
  name: 'TargetGroup',
  description: 'Doelgroepen (graph-schema targetGroups)',
  valuesConfig: described(targetGroupNames, (g) => targetGroups[g]),
});

registerEnumType(LanguageEnum, { name: 'Language', description: 'The languages of the UI and of reports: nl (Dutch, the default) and en' });
