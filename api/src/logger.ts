import pino, { type DestinationStream } from 'pino';

/** Structured log lines (JSON, pino) on stderr, so they can be shipped as they are. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Never logged, wherever they appear in the fields (up to three levels deep): passwords and
 * secrets, session cookies and tokens, and personal data of people (contact details, names of
 * contact persons).
 */
const sensitiveKeys = ['password', 'newPassword', 'currentPassword', 'passwordHash', 'token', 'secret', 'sessionSecret', 'cookie', 'set-cookie', 'authorization', 'contact', 'person', 'email', 'phone'];
export const redactedPaths = sensitiveKeys.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix: string) => (k.startsWith('[') ? `${prefix}${k}` : `${prefix}.${k}`);
  return [k.startsWith('[') ? key : k, join('*'), join('*.*'), join('*.*.*')];
});

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const log = pino(
    {
      level: options.level ?? 'info',
      redact: { paths: redactedPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      base: undefined,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination(2),
  );
  return {
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
  };
}

export const consoleLogger: Logger = createLogger({ level: process.env.WEEFSEL_LOG_LEVEL ?? 'info' });

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
