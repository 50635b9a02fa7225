import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { repoRoot } from './config';
import { buildWeefselSchema } from './graphql/build-schema';
import type { GraphQLContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { healthRoutes } from './http/health-routes';
import { webRoutes } from './http/web-routes';
import { consoleLogger, type Logger } from './logger';
import type { Services } from './services/services';

export interface ServerOptions {
  services: Services;
  port: number;
  host: string;
  bodyLimit?: string;
  webDist?: string;
  log?: Logger;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/** GraphQL at /graphql, health at /healthz and /readyz, the web app at / : one port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? consoleLogger;
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildWeefselSchema(),
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    // The default landing page loads from a CDN: unreachable offline. /graphiql is served locally.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.use(healthRoutes(options.services.store));
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '20mb' }),
    expressMiddleware(apollo, { context: async () => ({ services: options.services }) }),
  );
  app.use(webRoutes(options.webDist ?? path.join(repoRoot, 'web', 'dist')));

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
