import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

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
  });
});
