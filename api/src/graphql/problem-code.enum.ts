import { problemCodes, problemTemplates } from '@weefsel/graph-schema';
import { registerEnumType } from 'type-graphql';

// Generated from graph-schema's one list, like the kind enums: a new code there appears in schema.graphql.
export const ProblemCodeEnum = Object.fromEntries(problemCodes.map((code) => [code, code])) as Record<string, string>;

registerEnumType(ProblemCodeEnum, {
  name: 'ProblemCode',
  description: 'Why an input or import row was rejected (graph-schema problemCodes); validation issues carry it in extensions.issues[].code',
  valuesConfig: Object.fromEntries(problemCodes.map((code) => [code, { description: problemTemplates[code] }])),
});
