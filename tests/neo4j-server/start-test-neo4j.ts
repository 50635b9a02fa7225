import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestNeo4j } from '../../api/src/store/neo4j/testing/test-neo4j';


export interface RunningTestNeo4j {
  neo4j: TestNeo4j;
  stop(): Promise<void>;
}

const launcherDir = path.dirname(new URL(import.meta.url).pathname);
const sources = ['pom.xml', 'src/main/java/weefsel/TestNeo4jServer.java'].map((f) => path.join(launcherDir, f));
const classesStamp = path.join(launcherDir, 'target', 'neo4j-test-server-1.jar');
const startTimeoutMs = 240_000;

function onPath(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Builds the launcher with Maven when it is missing or older than its sources. */
function buildLauncher(): void {
  const built = existsSync(classesStamp) && sources.every((s) => statSync(s).mtimeMs <= statSync(classesStamp).mtimeMs);
  if (built) return;
  const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: launcherDir, encoding: 'utf8', timeout: 900_000 });
  if (result.status !== 0) {
    throw new Error(`Building the Neo4j test launcher (mvn package in ${launcherDir}) failed with ${result.status}; Maven Central must be reachable on the first run:\n${(result.stdout + result.stderr).slice(-3000)}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitUntilReady(proc: ChildProcess, logFile: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within ${startTimeoutMs / 1000} s; see ${logFile}`)), startTimeoutMs);
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += String(chunk);
      if (!out.includes('all ready')) return;
      clearTimeout(timer);
      resolve([...out.matchAll(/^ready (bolt:\/\/\S+)$/gm)].map((m) => m[1]!));
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with ${code} while starting:\n${readFileSync(logFile, 'utf8').slice(-3000)}`));
    });
  });
}

const none = (reason: string): RunningTestNeo4j => ({ neo4j: { available: false, reason }, stop: async () => {} });

/**
 * Neo4j for the test run. An external server given by NEO4J_URI is used as it is (tests wipe it);
 * otherwise, with Java and Maven present, the launcher in this folder starts `servers` real Neo4j
 * community servers on loopback ports in one JVM, and a failure to build or start it is an error.
 * Without Java or Maven it says why there is no Neo4j, and the Neo4j suites report themselves skipped.
 */
export async function startTestNeo4j(servers: number, env: NodeJS.ProcessEnv = process.env): Promise<RunningTestNeo4j> {
  if (env.NEO4J_URI) {
    const external = { uris: [env.NEO4J_URI], user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE ?? 'neo4j' };
    return { neo4j: { available: true, origin: `the server at NEO4J_URI=${env.NEO4J_URI}`, ...external }, stop: async () => {} };
  }
  if (env.WEEFSEL_TEST_NEO4J === 'off') return none('WEEFSEL_TEST_NEO4J=off');
  if (!onPath('java')) return none('Java is not installed (install OpenJDK 17 and Maven, or set NEO4J_URI)');
  if (!onPath('mvn')) return none('Maven is not installed (install Maven, or set NEO4J_URI)');
  buildLauncher();
  const dir = mkdtempSync(path.join(tmpdir(), 'weefsel-neo4j-'));
  const logFile = path.join(dir, 'neo4j.log');
  const ports = await Promise.all(Array.from({ length: servers }, freePort));
  const password = randomBytes(12).toString('hex');
  const classpath = ['target/classes', 'target/lib/*'].map((p) => path.join(launcherDir, p)).join(path.delimiter);
  // Each server gets the heap docker-compose.yml gives its one server, so imports are tested at it.
  const proc = spawn('java', [`-Xmx${servers}g`, '-cp', classpath, 'weefsel.TestNeo4jServer', dir, ports.join(','), password], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  const stop = async () => {
    const exited = new Promise((resolve) => (proc.exitCode !== null ? resolve(null) : proc.once('exit', resolve)));
    proc.stdin.end();
    const killer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const uris = await waitUntilReady(proc, logFile);
    return { neo4j: { available: true, origin: `Neo4j 5 started for this run (${uris.join(', ')})`, uris, user: 'neo4j', password, database: 'neo4j' }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
