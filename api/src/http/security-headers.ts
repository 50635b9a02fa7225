import type { RequestHandler, Response } from 'express';

/**
 * Cytoscape inserts one stylesheet of its own, `.__________cytoscape_container { position: relative; }`:
 * allowed by its hash. Should a new cytoscape change that text, the browser tests report the
 * blocked style as a console error.
 */
const cytoscapeStyleHash = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The web app's policy: everything from this origin, no inline or injected script, nothing framed
 * or framing. Cytoscape exports PNGs as data: URLs; the icon is a data: URL.
 */
export const appContentPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${cytoscapeStyleHash}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL's own policy: Monaco runs its language services in workers and injects its styles at
 * run time (graphiql.html has one inline <style> too), so styles may be inline and workers blob:.
 * Scripts stay 'self' only.
 */
export const graphiqlContentPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Two years, the preload list's minimum; only sent when the cookie is Secure, i.e. behind HTTPS. */
const hsts = 'max-age=63072000; includeSubDomains';

export function setContentPolicy(res: Response, policy: string): void {
  res.setHeader('Content-Security-Policy', policy);
}

/** Headers that cost nothing and close common holes: sniffing, framing, leaking the URL, script injection, HTTP downgrade. */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    setContentPolicy(res, appContentPolicy);
    if (options.https) res.setHeader('Strict-Transport-Security', hsts);
    next();
  };
}
