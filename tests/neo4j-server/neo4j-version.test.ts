import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config';

// The tests must run the Neo4j users run: the launcher's version and the compose image are one.
describe('the Neo4j version', () => {
  it('is the same in the test launcher and in docker-compose.yml, and is a 5.x release', () => {
    const pom = readFileSync(path.join(repoRoot, 'tests', 'neo4j-server', 'pom.xml'), 'utf8');
    const compose = readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');
    const tested = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
    const images = [...compose.matchAll(/image:\s*neo4j:(\S+?)-community/g)].map((m) => m[1]);
    expect(tested).toMatch(/^5\.\d+\.\d+$/);
    expect(images).toEqual([tested]);
  });
});
