import type { Label } from './labels';

/**
 * The text of an area report (PDF). Placeholders are written `{name}`, as in the web's messages,
 * and both languages use the same ones (checked by a test).
 */
export const reportLabels = {
  title: { nl: 'Netwerkrapport {area}', en: 'Network report {area}' },
  subtitle: { nl: '{kind}, stand op {date}', en: '{kind}, as of {date}' },
  source: {
    nl: 'Bron: Weefsel, {date}. {actors} actoren en {ties} samenwerkingsbanden in het gebied.',
    en: 'Source: Weefsel, {date}. {actors} actors and {ties} collaboration ties in the area.',
  },
  personalDataHidden: {
    nl: 'Namen van personen zijn weggelaten (alleen redacteurs zien ze).',
    en: 'Names of people are left out (only editors see them).',
  },
  map: { nl: 'Netwerkkaart', en: 'Network map' },
  mapNote: {
    nl: 'Elke actor van het gebied is getekend; de namen van de {labelled} meest verbonden actoren staan erbij.',
    en: 'Every actor of the area is drawn; the names of the {labelled} best connected actors are shown.',
  },
  legend: { nl: 'Legende', en: 'Legend' },
  collaborationTie: { nl: 'samenwerkingsband', en: 'collaboration tie' },
  keyFigures: { nl: 'Kerncijfers', en: 'Key figures' },
  figure: { nl: 'Kerncijfer', en: 'Figure' },
  since: { nl: 'Op {date}', en: 'On {date}' },
  now: { nl: 'Nu ({date})', en: 'Now ({date})' },
  change: { nl: 'Verschil', en: 'Change' },
  tiesAddedEnded: {
    nl: 'Sinds {date}: {added} nieuwe en {ended} beëindigde samenwerkingsbanden.',
    en: 'Since {date}: {added} new and {ended} ended collaboration ties.',
  },
  gaps: { nl: 'Hiaten', en: 'Gaps' },
  noGaps: { nl: 'Geen hiaten gevonden.', en: 'No gaps found.' },
  severity: { nl: 'ernst: {severity}', en: 'severity: {severity}' },
  moreGaps: { nl: 'Niet getoond: {count} (zie Weefsel).', en: 'Not shown: {count} (see Weefsel).' },
  suggestions: { nl: 'Voorgestelde samenwerkingen', en: 'Suggested collaborations' },
  noSuggestions: { nl: 'Geen voorstellen: geen hiaat dat een nieuwe band kan dichten.', en: 'No suggestions: no gap a new tie could close.' },
  closes: { nl: 'Dicht: {gap}', en: 'Closes: {gap}' },
  domains: { nl: 'Levensdomeinen: wie werkt samen met wie', en: 'Life domains: who works with whom' },
  domainsNote: {
    nl: 'In de cellen: het aantal samenwerkingsbanden tussen actoren van twee domeinen; een lege cel is een koppeling die ontbreekt. Tussen haakjes: het aantal actoren in het domein.',
    en: 'In the cells: the number of collaboration ties between actors of two domains; an empty cell is a missing link. In brackets: the number of actors in the domain.',
  },
  // The comparison of an area's last two survey rounds (editors only).
  surveyRounds: { nl: 'Netwerkbevraging: twee rondes vergeleken', en: 'Network survey: two rounds compared' },
  surveyRoundsIntro: {
    nl: 'Wat de actoren zelf als partners meldden in de laatste twee rondes van dit gebied. Een paar is twee actoren van wie minstens één de ander noemde; de dichtheid telt de paren onder de uitgenodigden.',
    en: 'What the actors themselves reported as partners in the last two rounds of this area. A pair is two actors of whom at least one named the other; the density counts the pairs among the invited.',
  },
  roundColumn: { nl: '{title} ({date})', en: '{title} ({date})' },
  roundPairCounts: { nl: '{new} nieuwe, {kept} behouden en {lost} verdwenen paren.', en: '{new} new, {kept} kept and {lost} lost pairs.' },
  roundNewPairs: { nl: 'Nieuwe paren', en: 'New pairs' },
  roundLostPairs: { nl: 'Verdwenen paren', en: 'Lost pairs' },
  roundMorePairs: { nl: 'en nog {count} (zie Weefsel)', en: 'and {count} more (see Weefsel)' },
  roundNoPairs: { nl: 'geen', en: 'none' },
  page: { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' },
} as const satisfies Record<string, Label>;

export type ReportLabel = keyof typeof reportLabels;
