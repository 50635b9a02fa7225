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

/** 1 (not at all) to 4 (a great deal), then "don't know" (null): value and trust are optional. */
export function scaleOptions(language: Language, noAnswer: string): ScaleOption<number | null>[] {
  const scale: ScaleOption<number | null>[] = [];
  for (let n = surveyScaleMin; n <= surveyScaleMax; n += 1) scale.push({ value: n, label: `${n} – ${(surveyScale as Record<number, Label>)[n]?.[language] ?? n}` });
  return [...scale, { value: null, label: noAnswer }];
}

/** The item wordings of a value or trust question, as one hint ("influence; involvement; resources"). */
export function itemsHint(items: Record<string, Label>, language: Language): string {
  return Object.values(items).map((item) => item[language]).join(' · ');
}
