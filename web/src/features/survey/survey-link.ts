/**
 * A respondent's personal link: `<origin>/#bevraging=<token>`. The token sits in the fragment, which
 * browsers never send to a server: it cannot end up in the server's, a proxy's or an analytics log,
 * nor in a Referer header. The web app reads it once at start (app.tsx) and sends it only in the
 * body of its GraphQL requests.
 */
const fragmentKey = 'bevraging';

/** The token in a location hash (`#bevraging=...`), or null when the hash is not a survey link. */
export function surveyTokenOf(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(fragmentKey)?.trim();
  return token ? token : null;
}

/** The link to print or mail for a token, on the origin the editor uses. */
export function surveyLinkFor(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/#${fragmentKey}=${encodeURIComponent(token)}`;
}
