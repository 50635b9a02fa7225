import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Response, type Router } from 'express';
import { graphiqlContentPolicy, setContentPolicy } from './security-headers';

/** HTML names the current bundles: the browser revalidates it, so a deploy is seen at once. */
function noCache(res: Response): void {
  res.setHeader('Cache-Control', 'no-cache');
}

/** Serves the built web app and the offline GraphiQL page; tells how to build them when missing. */
export function webRoutes(webDist: string, options: { graphiql: boolean } = { graphiql: true }): Router {
  const router = express.Router();
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(503).type('text/plain').send(`The web app is not built (${index} is missing): run npm run build:web`);
    });
    return router;
  }
  if (!options.graphiql) {
    // Production: GraphiQL is off unless WEEFSEL_GRAPHIQL=true.
    router.get(['/graphiql', '/graphiql.html'], (_req, res) => {
      res.status(404).type('text/plain').send('GraphiQL is switched off here (set WEEFSEL_GRAPHIQL=true to switch it on)');
    });
  } else {
    router.get(['/graphiql', '/graphiql.html'], (_req, res) => {
      setContentPolicy(res, graphiqlContentPolicy);
      noCache(res);
      res.sendFile(path.join(webDist, 'graphiql.html'), { cacheControl: false });
    });
  }
  // Bundles carry a content hash in their names: an hour of caching is safe.
  router.use(
    express.static(webDist, {
      index: 'index.html',
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) noCache(res);
      },
    }),
  );
  return router;
}
