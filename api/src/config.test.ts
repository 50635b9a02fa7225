import { describe, expect, it } from 'vitest';
import { defaultAnalysisOptions } from './analysis/analysis-options';
import { ConfigError, loadConfig } from './config';
import { importBytesWithin, limitBytes } from './config-security';
import { markCacheBudget } from './store/mark-cache';

describe('loadConfig', () => {
  it('defaults to the embedded store under data/ on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.store.kind).toBe('sqlite');
    expect(config.store.kind === 'sqlite' && config.store.file).toMatch(/data\/weefsel\.sqlite$/);
  });

  it('selects Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'secret' });
    expect(config.store).toEqual({ kind: 'neo4j', uri: 'neo4j://db:7687', user: 'neo4j', password: 'secret', database: 'neo4j' });
  });

  it('names the variable, its value and the rule when a setting is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty": must be a number/);
    expect(() => loadConfig({ NEO4J_URI: 'http://db' })).toThrow(/NEO4J_URI="http:\/\/db": must be a neo4j:\/\/ or bolt:\/\/ URI/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEEFSEL_SEED_ON_START: 'maybe' })).toThrow(/WEEFSEL_SEED_ON_START="maybe": must be true or false/);
    expect(() => loadConfig({ WEEFSEL_WORKERS: '0' })).toThrow(/WEEFSEL_WORKERS="0": must be from 1 to 64/);
    expect(loadConfig({ WEEFSEL_WORKERS: '3' }).workers).toBe(3);
  });

  it("takes the cache's size in graph elements from WEEFSEL_CACHE_ELEMENTS, refusing one too small to keep a care zone", () => {
    expect(loadConfig({}).cacheElements).toBe(markCacheBudget);
    expect(loadConfig({ WEEFSEL_CACHE_ELEMENTS: '1500000' }).cacheElements).toBe(1_500_000);
    expect(() => loadConfig({ WEEFSEL_CACHE_ELEMENTS: '500' })).toThrow(/WEEFSEL_CACHE_ELEMENTS="500": must be from 10000 to 100000000/);
    expect(() => loadConfig({ WEEFSEL_CACHE_ELEMENTS: 'a lot' })).toThrow(/WEEFSEL_CACHE_ELEMENTS="a lot": must be a number/);
  });

  it('switches demo users, GraphiQL and introspection off and the Secure cookie on in production', () => {
    const dev = loadConfig({}).security;
    expect(dev).toMatchObject({ demoUsers: true, graphiql: true, introspection: true, cookieSecure: false, sessionSecretFromEnv: false });
    const prod = loadConfig({ NODE_ENV: 'production' }).security;
    expect(prod).toMatchObject({ demoUsers: false, graphiql: false, introspection: false, cookieSecure: true });
    expect(loadConfig({ NODE_ENV: 'production', WEEFSEL_GRAPHIQL: 'true' }).security.graphiql).toBe(true);
  });

  it('takes the session secret from the environment, or makes a random one per process', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ WEEFSEL_SESSION_SECRET: secret }).security).toMatchObject({ sessionSecret: Buffer.from(secret), sessionSecretFromEnv: true });
    expect(loadConfig({}).security.sessionSecret.equals(loadConfig({}).security.sessionSecret)).toBe(false);
  });

  it('checks the security settings and never echoes a secret', () => {
    expect(() => loadConfig({ WEEFSEL_SESSION_SECRET: 'short-secret' })).toThrow(/WEEFSEL_SESSION_SECRET=<12 characters>: must be at least 32 characters/);
    expect(() => loadConfig({ WEEFSEL_SESSION_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(() => loadConfig({ WEEFSEL_ADMIN_USER: 'root' })).toThrow(/WEEFSEL_ADMIN_USER and WEEFSEL_ADMIN_PASSWORD together/);
    expect(() => loadConfig({ WEEFSEL_ADMIN_USER: 'Root Admin', WEEFSEL_ADMIN_PASSWORD: 'long enough pw' })).toThrow(/WEEFSEL_ADMIN_USER="Root Admin"/);
    expect(() => loadConfig({ WEEFSEL_MAX_DEPTH: '1' })).toThrow(/WEEFSEL_MAX_DEPTH="1": must be from 2 to 50/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV="staging"/);
  });
});

describe('the survey respondents\' rate limits', () => {
  it('default to 60 a minute per link and 600 per address, and follow their variables', () => {
    expect(loadConfig({}).security.respondents).toEqual({ perTokenPerMinute: 60, perAddressPerMinute: 600 });
    // A municipality whose staff answer from behind one NAT address needs more per address.
    const config = loadConfig({ WEEFSEL_SURVEY_TOKEN_LIMIT: '30', WEEFSEL_SURVEY_ADDRESS_LIMIT: '5000' });
    expect(config.security.respondents).toEqual({ perTokenPerMinute: 30, perAddressPerMinute: 5000 });
  });

  it('names the variable, its value and the rule when a limit is wrong', () => {
    expect(() => loadConfig({ WEEFSEL_SURVEY_ADDRESS_LIMIT: 'lots' })).toThrow(/WEEFSEL_SURVEY_ADDRESS_LIMIT="lots": must be a number/);
    expect(() => loadConfig({ WEEFSEL_SURVEY_ADDRESS_LIMIT: '0' })).toThrow(/WEEFSEL_SURVEY_ADDRESS_LIMIT="0": must be from 1 to 1000000/);
    expect(() => loadConfig({ WEEFSEL_SURVEY_ADDRESS_LIMIT: '2.5' })).toThrow(/WEEFSEL_SURVEY_ADDRESS_LIMIT="2.5": must be a whole number/);
    expect(() => loadConfig({ WEEFSEL_SURVEY_TOKEN_LIMIT: '-1' })).toThrow(/WEEFSEL_SURVEY_TOKEN_LIMIT="-1": must be from 1 to 10000/);
    expect(() => loadConfig({ WEEFSEL_SURVEY_TOKEN_LIMIT: '20000' })).toThrow(ConfigError);
  });
});

describe('the analysis options', () => {
  it('default to defaultAnalysisOptions and follow their WEEFSEL_ANALYSIS_* variables', () => {
    expect(loadConfig({}).analysis).toEqual(defaultAnalysisOptions);
    const config = loadConfig({
      WEEFSEL_ANALYSIS_EXACT_MAX_NODES: '500',
      WEEFSEL_ANALYSIS_SAMPLES: '32',
      WEEFSEL_ANALYSIS_SEED: '0',
      WEEFSEL_ANALYSIS_PAGERANK_ALPHA: '0.9',
      WEEFSEL_ANALYSIS_BROKER_MIN_CUT_OFF: '5',
    });
    expect(config.analysis).toEqual({ exactMaxNodes: 500, samples: 32, seed: 0, pagerankAlpha: 0.9, brokerMinCutOff: 5 });
  });

  it.each([
    ['WEEFSEL_ANALYSIS_SAMPLES', '0', 'must be from 1'],
    ['WEEFSEL_ANALYSIS_SAMPLES', 'many', 'must be a number'],
    ['WEEFSEL_ANALYSIS_PAGERANK_ALPHA', '1', 'must be between 0 and 1'],
    ['WEEFSEL_ANALYSIS_EXACT_MAX_NODES', '2.5', 'must be a whole number'],
  ])('refuses %s=%s, naming the variable and the rule', (name, value, rule) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value}": ${rule}`));
  });
});

describe('the import limit', () => {
  it('is what the body limit leaves for base64-encoded files, in whole MB, and follows WEEFSEL_BODY_LIMIT', () => {
    const mb = 1024 * 1024;
    expect(importBytesWithin('20mb')).toBe(14 * mb);
    expect(importBytesWithin('2mb')).toBe(1 * mb);
    expect(importBytesWithin('500kb')).toBe(0);
    const config = loadConfig({ WEEFSEL_BODY_LIMIT: '41mb' });
    expect(config.security.limits).toMatchObject({ body: '41mb', importBytes: 30 * mb });
    // Files of that size still fit the body limit once encoded.
    expect((config.security.limits.importBytes * 4) / 3).toBeLessThan(limitBytes('41mb'));
  });
});
