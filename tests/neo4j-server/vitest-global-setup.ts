import type { TestProject } from 'vitest/node';
import { startTestNeo4j } from './start-test-neo4j';

/** One Neo4j server per test worker for the whole run (community edition holds one database each). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const running = await startTestNeo4j(workers);
  project.provide('neo4j', running.neo4j);
  const said = running.neo4j.available ? `Neo4j suites run against ${running.neo4j.origin}` : `Neo4j suites SKIPPED: ${running.neo4j.reason}`;
  console.info(`\n[weefsel] ${said}\n`);
  return running.stop;
}
