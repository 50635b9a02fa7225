import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AnalysisOptions } from './analysis/analysis-options';
import { analysisSchema, analysisSettings } from './config-analysis';
import { flag, securitySchema, securitySettings, whole, type SecuritySettings } from './config-security';
import { markCacheBudget } from './store/mark-cache';
import type { StoreConfig } from './store/store-adapters';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
    PORT: z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    WEEFSEL_DB: z.string().min(1).default(path.join(repoRoot, 'data', 'weefsel.sqlite')),
    WEEFSEL_SEED_ON_START: flag.default('true'),
    WEEFSEL_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be a pino level, e.g. info' }).default('info'),
    WEEFSEL_TRUST_PROXY: flag.default('false'),
    WEEFSEL_WORKERS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be from 1 to 64').max(64, 'must be from 1 to 64').default(1),
    WEEFSEL_CACHE_ELEMENTS: whole(10_000, 100_000_000).default(markCacheBudget),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, 'must be a neo4j:// or bolt:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  })
  .merge(securitySchema)
  .merge(analysisSchema);

export type { StoreConfig } from './store/store-adapters';

export interface Config {
  production: boolean;
  port: number;
  host: string;
  store: StoreConfig;
  seedOnStart: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** Server processes sharing the port (Node cluster); 1 serves from the main process. */
  workers: number;
  security: SecuritySettings;
  analysis: AnalysisOptions;
  /** What the API's cache may hold, in graph elements (see `markCacheBudget`). */
  cacheElements: number;
}

/** Thrown at start for bad settings: names the variable, the value and what it must be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function crossChecks(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) problems.push('NEO4J_URI is set but NEO4J_PASSWORD is empty; set the Neo4j password.');
  if (Boolean(e.WEEFSEL_ADMIN_USER) !== Boolean(e.WEEFSEL_ADMIN_PASSWORD)) {
    problems.push('set WEEFSEL_ADMIN_USER and WEEFSEL_ADMIN_PASSWORD together (or neither).');
  }
  return problems;
}

/** Reads and checks the environment; the server and every CLI command use this one function. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      // Secrets are never echoed back, only their length.
      const shown = /SECRET|PASSWORD/.test(key) ? `<${(env[key] ?? '').length} characters>` : JSON.stringify(env[key] ?? '');
      return `- ${key}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems = crossChecks(e);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join(' ')}`);
  const store: StoreConfig = e.NEO4J_URI
    ? { kind: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
    : { kind: 'sqlite', file: path.resolve(repoRoot, e.WEEFSEL_DB) };
  const production = e.NODE_ENV === 'production';
  return {
    production,
    port: e.PORT,
    host: e.HOST,
    store,
    seedOnStart: e.WEEFSEL_SEED_ON_START,
    logLevel: e.WEEFSEL_LOG_LEVEL,
    trustProxy: e.WEEFSEL_TRUST_PROXY,
    workers: e.WEEFSEL_WORKERS,
    security: securitySettings(e, production, () => randomBytes(32)),
    analysis: analysisSettings(e),
    cacheElements: e.WEEFSEL_CACHE_ELEMENTS,
  };
}
