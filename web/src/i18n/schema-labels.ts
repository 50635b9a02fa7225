import {
  lifeDomains,
  nodeKinds,
  relationKinds,
  targetGroups,
  type Language,
  type LifeDomain,
  type NodeKind,
  type RelationKind,
  type TargetGroup,
} from '@weefsel/graph-schema';

/** Labels of schema values come from graph-schema, so a new kind needs no change in the web. */
export function kindLabel(kind: NodeKind, language: Language): string {
  return nodeKinds[kind].label[language];
}

export function kindPluralLabel(kind: NodeKind, language: Language): string {
  return nodeKinds[kind].plural[language];
}

export function relationLabel(kind: RelationKind, language: Language): string {
  return relationKinds[kind].label[language];
}

export function domainLabel(domain: LifeDomain, language: Language): string {
  return lifeDomains[domain][language];
}

export function targetGroupLabel(group: TargetGroup, language: Language): string {
  return targetGroups[group][language];
}
