import { surveyRoundFigures, type Language, type SurveyRoundFigureName } from '@weefsel/graph-schema';

/** The figures' names from graph-schema, which the area report prints too. */
function figureMessages(language: Language): Record<`changes.rounds.${SurveyRoundFigureName}`, string> {
  return Object.fromEntries(Object.entries(surveyRoundFigures).map(([name, figure]) => [`changes.rounds.${name}`, figure.label[language]])) as Record<`changes.rounds.${SurveyRoundFigureName}`, string>;
}

/**
 * UI text of the comparison of two survey rounds of an area or a project (the changes view and the
 * editors' survey view), in Dutch and English. Spread into messages.ts.
 */
export const roundComparisonNl = {
  ...figureMessages('nl'),
  'changes.rounds.title': 'Netwerkbevraging: rondes vergeleken',
  'changes.rounds.intro': 'Wat de actoren van dit gebied zelf als partners meldden, twee rondes naast elkaar. Een paar is twee actoren van wie minstens één de ander noemde.',
  'changes.rounds.introProject': 'Wat het project en de actoren die eraan verbonden zijn zelf als partners meldden, twee rondes van dit project naast elkaar. Een paar is twee actoren van wie minstens één de ander noemde.',
  'changes.rounds.earlier': 'Eerdere ronde',
  'changes.rounds.later': 'Latere ronde',
  'changes.rounds.option': '{title}, opent {opensOn}',
  'changes.rounds.sameRound': 'Kies twee verschillende rondes.',
  'changes.rounds.loading': 'Rondes vergelijken...',
  'changes.rounds.failed': 'De rondes konden niet vergeleken worden: {message}',
  'changes.rounds.caption': 'Kerncijfers van beide rondes',
  'changes.rounds.figure': 'Kerncijfer',
  'changes.rounds.change': 'Verschil',
  'changes.rounds.summary': 'Paren: {new} nieuw, {kept} behouden, {lost} verdwenen.',
  'changes.rounds.new': 'Nieuwe paren ({count})',
  'changes.rounds.kept': 'Behouden paren ({count})',
  'changes.rounds.lost': 'Verdwenen paren ({count})',
  'changes.rounds.none': 'Geen.',
  'changes.rounds.pair': '{a} – {b}',
  'changes.rounds.showRest': '{count, plural, one {Toon nog # paar} other {Toon de overige # paren}}',
  'changes.rounds.compareEarlier': 'Vergelijken met een eerdere ronde',
  'changes.rounds.closeComparison': 'Vergelijking sluiten',
} as const;

export const roundComparisonEn: Record<keyof typeof roundComparisonNl, string> = {
  ...figureMessages('en'),
  'changes.rounds.title': 'Network survey: rounds compared',
  'changes.rounds.intro': 'What the actors of this area reported as their partners themselves, two rounds side by side. A pair is two actors of whom at least one named the other.',
  'changes.rounds.introProject': 'What the project and the actors tied to it reported as their partners themselves, two rounds of this project side by side. A pair is two actors of whom at least one named the other.',
  'changes.rounds.earlier': 'Earlier round',
  'changes.rounds.later': 'Later round',
  'changes.rounds.option': '{title}, opens {opensOn}',
  'changes.rounds.sameRound': 'Choose two different rounds.',
  'changes.rounds.loading': 'Comparing rounds...',
  'changes.rounds.failed': 'The rounds could not be compared: {message}',
  'changes.rounds.caption': 'Key figures of both rounds',
  'changes.rounds.figure': 'Figure',
  'changes.rounds.change': 'Change',
  'changes.rounds.summary': 'Pairs: {new} new, {kept} kept, {lost} lost.',
  'changes.rounds.new': 'New pairs ({count})',
  'changes.rounds.kept': 'Kept pairs ({count})',
  'changes.rounds.lost': 'Lost pairs ({count})',
  'changes.rounds.none': 'None.',
  'changes.rounds.pair': '{a} – {b}',
  'changes.rounds.showRest': '{count, plural, one {Show # more pair} other {Show the other # pairs}}',
  'changes.rounds.compareEarlier': 'Compare with an earlier round',
  'changes.rounds.closeComparison': 'Close the comparison',
};
