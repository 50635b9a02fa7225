import {
  collaborationLevelNames,
  collaborationLevels,
  contactFrequencies,
  contactFrequencyNames,
  reciprocityKinds,
  reciprocityNames,
  surveyRoundStatuses,
  surveyRoundStatusNames,
  surveyTieDirectionNames,
  surveyTieDirections,
  type Label,
} from '@weefsel/graph-schema';
import { registerEnumType } from 'type-graphql';
import { acceptRuleNames } from '../../services/survey/tie-acceptance';
import { enumObject } from '../enums';

// The survey's enums, generated from graph-schema's lists like the kind enums.
export const CollaborationLevelEnum = enumObject(collaborationLevelNames);
export const ContactFrequencyEnum = enumObject(contactFrequencyNames);
export const SurveyRoundStatusEnum = enumObject(surveyRoundStatusNames);
export const ReciprocityEnum = enumObject(reciprocityNames);
export const SurveyAcceptRuleEnum = enumObject(acceptRuleNames);
export const SurveyTieDirectionEnum = enumObject(surveyTieDirectionNames);

function described<T extends string>(names: readonly T[], labelOf: (name: T) => Label) {
  return Object.fromEntries(names.map((n) => [n, { description: `${labelOf(n).nl} / ${labelOf(n).en}` }])) as Record<T, { description: string }>;
}

registerEnumType(CollaborationLevelEnum, {
  name: 'CollaborationLevel',
  description: 'Level of collaboration, PARTNER CPRM scale (graph-schema collaborationLevels)',
  valuesConfig: described(collaborationLevelNames, (l) => collaborationLevels[l].label),
});
registerEnumType(ContactFrequencyEnum, {
  name: 'ContactFrequency',
  description: 'How often a respondent is in contact with a partner (graph-schema contactFrequencies)',
  valuesConfig: described(contactFrequencyNames, (f) => contactFrequencies[f]),
});
registerEnumType(SurveyRoundStatusEnum, { name: 'SurveyRoundStatus', valuesConfig: described(surveyRoundStatusNames, (s) => surveyRoundStatuses[s]) });
registerEnumType(ReciprocityEnum, {
  name: 'Reciprocity',
  description: 'How both sides of a pair reported their tie (see services/survey/reciprocity.ts)',
  valuesConfig: described(reciprocityNames, (r) => reciprocityKinds[r]),
});
registerEnumType(SurveyAcceptRuleEnum, {
  name: 'SurveyAcceptRule',
  description: 'Which reported pairs to accept at once; contradicted pairs are never accepted by a rule',
  valuesConfig: {
    AT_LEAST_ONE_SIDE: { description: 'pairs reported by both sides or by one side (the other did not answer)' },
    BOTH_SIDES: { description: 'pairs reported by both sides' },
  },
});
registerEnumType(SurveyTieDirectionEnum, {
  name: 'SurveyTieDirection',
  description: 'Which way a reported tie of a directed kind runs; undirected kinds ignore it',
  valuesConfig: described(surveyTieDirectionNames, (d) => surveyTieDirections[d]),
});
