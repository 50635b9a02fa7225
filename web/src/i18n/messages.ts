import type { Language } from '@weefsel/graph-schema';

/**
 * UI text in Dutch (the default) and English. Placeholders are written `{name}` and filled by
 * `translate`; both languages must use the same placeholders (checked by messages.test.ts).
 */
const nl = {
  appTitle: 'Weefsel',
  appTagline: 'Netwerk van zorg en welzijn',
  languageGroup: 'Taal',
  scopeLabel: 'Gebied',
  scopeWholeRegion: 'Hele regio',
  scopeLoadFailed: 'De gebieden konden niet geladen worden: {message}',
  searchLabel: 'Zoek een actor',
  searchPlaceholder: 'Naam van een organisatie, gemeente...',
  searchNoResults: 'Geen actoren gevonden voor "{text}".',
  searchFailed: 'Zoeken mislukt: {message}',
  searchResultCount: '{count} resultaten',
  networkLoading: 'Netwerk laden...',
  networkFailed: 'Het netwerk kon niet geladen worden: {message}',
  networkCanvasLabel: 'Netwerkkaart van de actoren en hun relaties',
  summary: '{nodes} actoren en {relations} relaties getoond.',
  summaryBoundary: 'Daarvan zijn {boundary} actoren partners buiten het gebied (vaag getekend).',
  legendTitle: 'Legende',
  legendCollaboration: 'samenwerking',
  legendStructural: 'structurele band (ligging, lidmaatschap)',
  legendBoundary: 'partner buiten het gebied',
  selectionTitle: 'Geselecteerde actor',
  selectionNone: 'Klik op een actor of zoek er een.',
  selectionDomains: 'Levensdomeinen',
  selectionTargetGroups: 'Doelgroepen',
  selectionFormal: 'Formele zorg',
  selectionInformal: 'Informele zorg',
  selectionOutsideScope: '{name} ligt buiten dit gebied: de hele regio wordt getoond.',
  none: 'geen',
  loginTitle: 'Aanmelden',
  loginName: 'Gebruikersnaam',
  loginPassword: 'Wachtwoord',
  loginSubmit: 'Aanmelden',
  loginWrong: 'Gebruikersnaam of wachtwoord klopt niet.',
  loginTooMany: 'Te veel pogingen. Probeer het over een minuut opnieuw.',
  loginFailed: 'Aanmelden lukt nu niet. Probeer het later opnieuw.',
  loginExpired: 'Je sessie is verlopen. Meld je opnieuw aan.',
  loggedInAs: 'Aangemeld als {name} ({role})',
  logout: 'Afmelden',
};

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  appTitle: 'Weefsel',
  appTagline: 'Care and welfare network',
  languageGroup: 'Language',
  scopeLabel: 'Area',
  scopeWholeRegion: 'Whole region',
  scopeLoadFailed: 'The areas could not be loaded: {message}',
  searchLabel: 'Search an actor',
  searchPlaceholder: 'Name of an organisation, municipality...',
  searchNoResults: 'No actors found for "{text}".',
  searchFailed: 'Search failed: {message}',
  searchResultCount: '{count} results',
  networkLoading: 'Loading network...',
  networkFailed: 'The network could not be loaded: {message}',
  networkCanvasLabel: 'Network map of the actors and their relations',
  summary: 'Showing {nodes} actors and {relations} relations.',
  summaryBoundary: '{boundary} of these actors are partners outside the area (drawn faded).',
  legendTitle: 'Legend',
  legendCollaboration: 'collaboration',
  legendStructural: 'structural tie (location, membership)',
  legendBoundary: 'partner outside the area',
  selectionTitle: 'Selected actor',
  selectionNone: 'Click an actor or search for one.',
  selectionDomains: 'Life domains',
  selectionTargetGroups: 'Target groups',
  selectionFormal: 'Formal care',
  selectionInformal: 'Informal care',
  selectionOutsideScope: '{name} lies outside this area: showing the whole region.',
  none: 'none',
  loginTitle: 'Log in',
  loginName: 'User name',
  loginPassword: 'Password',
  loginSubmit: 'Log in',
  loginWrong: 'Wrong user name or password.',
  loginTooMany: 'Too many attempts. Try again in a minute.',
  loginFailed: 'Logging in does not work right now. Try again later.',
  loginExpired: 'Your session has expired. Please log in again.',
  loggedInAs: 'Logged in as {name} ({role})',
  logout: 'Log out',
};

export const messages: Record<Language, Record<MessageKey, string>> = { nl, en };

export type MessageParams = Record<string, string | number>;

/** The message in `language` with its `{placeholders}` filled; a missing parameter is an error. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return messages[language][key].replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`translate("${key}") needs the parameter "${name}"; pass it as { ${name}: ... }`);
    }
    return String(value);
  });
}

/** The names of the `{placeholders}` in a message, sorted, to compare languages. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
