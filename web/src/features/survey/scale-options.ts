import {
  collaborationLevelNames,
  collaborationLevels,
  contactFrequencies,
  contactFrequencyNames,
  surveyScale,
  surveyScaleMax,
  surveyScaleMin,
  type CollaborationLevel,
  type ContactFrequency,
  type Label,
  type Language,
} from '@weefsel/graph-schema';
import type { ScaleOption } from './scale-fieldset';

/** The answers of the survey's questions, worded by graph-schema (never typed here), in the UI language. */
export function levelOptions(language: Language): ScaleOption<CollaborationLevel>[] {
  return collaborationLevelNames.map((level) => ({ value: level, label: collaborationLevels[level].label[language], description: collaborationLevels[level].description[language] }));
}

export function frequencyOptions(language: Language): ScaleOption<ContactFrequency>[] {
  return contactFrequencyNames.map((frequency) => ({ value: frequency, label: contactFrequencies[frequency][language] }));
}

/** The wording of one answer of the 1-4 scale ("helemaal niet"). */
export function scaleWord(n: number, language: Language): string {
  return (surveyScale as Record<number, Label>)[n]?.[language] ?? String(n);
}

/**
 * The answers of one value or trust item, short enough for a row on a phone: the number as the
 * label with its wording under it (read together: "1 helemaal niet"), then "don't know" (null):
 * each item is optional.
 */
export function itemOptions(language: Language, noAnswer: string): ScaleOption<number | null>[] {
  const scale: ScaleOption<number | null>[] = [];
  for (let n = surveyScaleMin; n <= surveyScaleMax; n += 1) scale.push({ value: n, label: String(n), description: scaleWord(n, language) });
  return [...scale, { value: null, label: noAnswer }];
}
