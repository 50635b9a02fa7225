import { registerEnumType } from 'type-graphql';
import { gapKindNames, gapKinds, gapSeverities, gapSeverityNames } from '../../analysis/gaps/gap';
import { enumObject } from '../enums';

// Generated from the analysis module, so a new gap kind shows up here and in schema.graphql.
export const GapKindEnum = enumObject(gapKindNames);
export const GapSeverityEnum = enumObject(gapSeverityNames);

registerEnumType(GapKindEnum, {
  name: 'GapKind',
  description: 'Kinds of weakness found in a network (see docs/analysis.md)',
  valuesConfig: Object.fromEntries(gapKindNames.map((k) => [k, { description: `${gapKinds[k].nl} / ${gapKinds[k].en}` }])) as Record<
    string,
    { description: string }
  >,
});
registerEnumType(GapSeverityEnum, {
  name: 'GapSeverity',
  description: 'How urgent a gap is: HIGH (the network is broken or an actor is cut off), MEDIUM, LOW',
  valuesConfig: Object.fromEntries(gapSeverityNames.map((s) => [s, { description: `${gapSeverities[s].nl} / ${gapSeverities[s].en}` }])) as Record<
    string,
    { description: string }
  >,
});
