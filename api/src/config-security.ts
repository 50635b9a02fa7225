import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** A boolean variable: true/false, 1/0, yes/no. */
export const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes'].includes(v));

export const whole = (min: number, max: number) =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`);

/** Variables of users, sessions and API limits; defaults that depend on NODE_ENV are applied below. */
export const securitySchema = z.object({
  WEEFSEL_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional(),
  WEEFSEL_SESSION_MINUTES: whole(5, 24 * 60).default(60),
  WEEFSEL_COOKIE_SECURE: flag.optional(),
  WEEFSEL_ADMIN_USER: z.string().regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/, 'must be 3-64 lower-case letters, digits and . _ @ -').optional(),
  WEEFSEL_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  WEEFSEL_DEMO_USERS: flag.optional(),
  WEEFSEL_GRAPHIQL: flag.optional(),
  WEEFSEL_INTROSPECTION: flag.optional(),
  WEEFSEL_LOGIN_RATE: whole(1, 10_000).default(10),
  WEEFSEL_WRITE_RATE: whole(1, 1_000_000).default(300),
  WEEFSEL_READ_RATE: whole(1, 1_000_000).default(600),
  WEEFSEL_SURVEY_TOKEN_LIMIT: whole(1, 10_000).default(60),
  WEEFSEL_SURVEY_ADDRESS_LIMIT: whole(1, 1_000_000).default(600),
  WEEFSEL_MAX_DEPTH: whole(2, 50).default(10),
  WEEFSEL_MAX_ALIASES: whole(1, 1000).default(15),
  WEEFSEL_MAX_COST: whole(100, 10_000_000).default(30_000),
  WEEFSEL_MAX_TOKENS: whole(100, 1_000_000).default(2000),
  WEEFSEL_BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 500kb or 20mb').default('20mb'),
});

const mebibyte = 1024 * 1024;

/** Bytes of a body limit as express reads it (`500kb`, `20mb`). */
export function limitBytes(limit: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/.exec(limit) ?? [];
  return Number(amount) * (unit === 'mb' ? mebibyte : 1024);
}

/**
 * The files one import may upload, in whole MB: they travel base64-encoded (4 bytes for every 3) in
 * one request under the body limit, with some room for the rest of the request.
 */
export function importBytesWithin(bodyLimit: string): number {
  return Math.floor(((limitBytes(bodyLimit) - 64 * 1024) * 3) / 4 / mebibyte) * mebibyte;
}

/**
 * Requests per minute of a survey respondent (no login): a form takes a few dozen calls, a sweep of
 * guessed tokens thousands. Per address too, so many tokens from one client are cut off as well;
 * staff answering from behind one NAT address share that address's allowance.
 */
export interface RespondentLimits {
  /** `WEEFSEL_SURVEY_TOKEN_LIMIT`, default 60. */
  perTokenPerMinute: number;
  /** `WEEFSEL_SURVEY_ADDRESS_LIMIT`, default 600. */
  perAddressPerMinute: number;
}

/** Everything about who gets in and how much a request may ask; the server and tests build on this. */
export interface SecuritySettings {
  sessionSecret: Buffer;
  /** False when the secret was generated for this process (sessions end at restart). */
  sessionSecretFromEnv: boolean;
  sessionMinutes: number;
  cookieSecure: boolean;
  admin: { name: string; password: string } | null;
  demoUsers: boolean;
  graphiql: boolean;
  introspection: boolean;
  loginPerMinute: number;
  /** Mutation fields per minute per user (aliases count each). */
  writesPerMinute: number;
  /** Query root fields per minute per user (aliases count each). */
  readsPerMinute: number;
  /** The survey respondents' calls, per token and per client address. */
  respondents: RespondentLimits;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
    /** The largest request body (`WEEFSEL_BODY_LIMIT`), and what it leaves for an import's files. */
    body: string;
    importBytes: number;
  };
}

export function securitySettings(e: z.infer<typeof securitySchema>, production: boolean, randomSecret: () => Buffer): SecuritySettings {
  return {
    sessionSecret: e.WEEFSEL_SESSION_SECRET ? Buffer.from(e.WEEFSEL_SESSION_SECRET) : randomSecret(),
    sessionSecretFromEnv: Boolean(e.WEEFSEL_SESSION_SECRET),
    sessionMinutes: e.WEEFSEL_SESSION_MINUTES,
    // Production defaults are the safe ones; each can be switched explicitly.
    cookieSecure: e.WEEFSEL_COOKIE_SECURE ?? production,
    admin: e.WEEFSEL_ADMIN_USER && e.WEEFSEL_ADMIN_PASSWORD ? { name: e.WEEFSEL_ADMIN_USER, password: e.WEEFSEL_ADMIN_PASSWORD } : null,
    demoUsers: e.WEEFSEL_DEMO_USERS ?? !production,
    graphiql: e.WEEFSEL_GRAPHIQL ?? !production,
    introspection: e.WEEFSEL_INTROSPECTION ?? !production,
    loginPerMinute: e.WEEFSEL_LOGIN_RATE,
    writesPerMinute: e.WEEFSEL_WRITE_RATE,
    readsPerMinute: e.WEEFSEL_READ_RATE,
    respondents: { perTokenPerMinute: e.WEEFSEL_SURVEY_TOKEN_LIMIT, perAddressPerMinute: e.WEEFSEL_SURVEY_ADDRESS_LIMIT },
    limits: {
      maxDepth: e.WEEFSEL_MAX_DEPTH,
      maxAliases: e.WEEFSEL_MAX_ALIASES,
      maxCost: e.WEEFSEL_MAX_COST,
      maxTokens: e.WEEFSEL_MAX_TOKENS,
      body: e.WEEFSEL_BODY_LIMIT,
      importBytes: importBytesWithin(e.WEEFSEL_BODY_LIMIT),
    },
  };
}

/** Development defaults with a fixed random secret per call: what tests and embedded servers use. */
export function defaultSecuritySettings(overrides: Partial<SecuritySettings> = {}): SecuritySettings {
  return { ...securitySettings(securitySchema.parse({}), false, () => randomBytes(32)), ...overrides };
}
