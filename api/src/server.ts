import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { repoRoot } from './config';
import type { SecuritySettings } from './config-security';
import { buildWeefselSchema } from './graphql/build-schema';
import type { GraphQLContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { operationGuardPlugin } from './graphql/plugins/operation-guard.plugin';
import { requestMarksPlugin } from './graphql/plugins/request-marks.plugin';
import { requestLogPlugin } from './graphql/plugins/request-log.plugin';
import { takeTurnsAtRootFields } from './graphql/plugins/root-field-turns';
import { errorHandler } from './http/error-handler';
import { graphqlContext } from './http/graphql-context';
import { healthRoutes } from './http/health-routes';
import { securityHeaders } from './http/security-headers';
import { tokenLimit } from './http/token-limit';
import { webRoutes } from './http/web-routes';
import { consoleLogger, type Logger } from './logger';
import type { Services } from './services/services';
import { asOneRequest } from './store/request-marks';

export interface ServerOptions {
  services: Services;
  port: number;
  host: string;
  webDist?: string;
  log?: Logger;
  /** Honour X-Forwarded-For for client addresses (rate limits): only behind a trusted proxy. */
  trustProxy?: boolean;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/** Depth, alias and directive limits, checked before anything runs (tokens: token-limit.ts; cost: operation-guard.plugin.ts). */
function armor(security: SecuritySettings) {
  const { limits } = security;
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // Armor's cost ignores list sizes; query-cost.plugin.ts counts them.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
  }).protect();
}

async function createApollo(options: ServerOptions, httpServer: http.Server, log: Logger) {
  const { security } = options.services;
  const protection = armor(security);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: takeTurnsAtRootFields(await buildWeefselSchema()),
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: security.introspection,
    validationRules: protection.validationRules,
    // Apollo's CSRF prevention stays on (its default): with SameSite=Strict cookies it refuses
    // every request a browser could send cross-site without a preflight.
    csrfPrevention: true,
    // serve.ts handles SIGINT/SIGTERM itself; Apollo's own handler would stop the server, then
    // send the signal again, which serve.ts would take for an impatient second one (exit 1).
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents its answers by default, which only adds bytes to a whole network's.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ...protection.plugins,
      operationGuardPlugin({ ...security, maxCost: security.limits.maxCost }),
      requestMarksPlugin,
      requestLogPlugin(log),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads from a CDN: unreachable offline. /graphiql is served locally.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the plugin would otherwise wrap every field resolver (about 10%
      // of the time of a large network answer).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  return apollo;
}

/** GraphQL at /graphql, health at /healthz and /readyz, the web app at / : one port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? consoleLogger;
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', true);
  const httpServer = http.createServer(app);
  const apollo = await createApollo(options, httpServer, log);

  app.use(securityHeaders({ https: options.services.security.cookieSecure }));
  app.use(healthRoutes(options.services.store));
  app.use((await import('./http/template-routes')).templateRoutes());
  app.use(
    '/graphql',
    express.json({ limit: options.services.security.limits.body }),
    tokenLimit(options.services.security.limits.maxTokens),
    // The change mark is read while the session is resolved, not after it (request-marks.ts).
    (_req: express.Request, _res: express.Response, next: express.NextFunction) =>
      asOneRequest(() => {
        options.services.cache.readMarkAhead();
        next();
      }),
    expressMiddleware(apollo, { context: graphqlContext(options.services) }),
  );
  app.use(webRoutes(options.webDist ?? path.join(repoRoot, 'web', 'dist'), { graphiql: options.services.security.graphiql }));
  app.use(errorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () => apollo.stop(),
  };
}
