// One load generator in a process of its own (started by load.bench.ts), so that readers and
// writers each have their own event loop and neither generator slows the other's measurements.
// Input: a JSON LoadJob in argv[2]; output: the Measured figures as JSON on stdout.
import { randomUUID } from 'node:crypto';
import autocannon, { type Request } from 'autocannon';

export interface LoadJob {
  role: 'reads' | 'writes';
  url: string;
  duration: number;
  connections: number;
  cookies: string[];
}

const gqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const readRequests: Request[] = [
  { body: gqlBody('query ($s: ScopeInput) { network(scope: $s) { nodes { id kind name description formal domains targetGroups personalDataHidden boundary } relations { id kind source target since until weight } } }', { s: { areaId: 'cz-brugge' } }) },
  { body: gqlBody('{ search(text: "brugge", limit: 10) { id kind name } }') },
  { body: gqlBody('{ actor(id: "org-caw-nwvl") { id name description contact { email } relations { id kind source target } } }') },
  { body: gqlBody('{ egoNetwork(actorId: "org-caw-nwvl", depth: 2) { nodes { id name boundary } relations { id } } }') },
  { body: gqlBody('{ actors(filter: { kinds: [Organisation], domains: [HOUSING] }, limit: 20) { total items { id name } } }') },
];

/** Per-connection state kept by autocannon between requests. */
interface ClientContext {
  cookie?: string;
  id?: string;
  n?: number;
}

/**
 * Each writer keeps changing one actor of its own, so every request is a real write. The values
 * travel as variables, as the web app sends them: the operation text stays the same and the
 * server parses and validates it once.
 */
const upsertMutation = 'mutation ($input: ActorInput!) { upsertActor(input: $input) { id updatedAt } }';
const writeBody = (context: ClientContext) => {
  context.id ??= `load-${randomUUID().slice(0, 8)}`;
  context.n = (context.n ?? 0) + 1;
  return gqlBody(upsertMutation, { input: { id: context.id, kind: 'CitizenInitiative', name: `Load ${context.n}`, domains: ['WELFARE'] } });
};
const writeRequests: Request[] = [{ body: '' }];

export interface Measured {
  requests: number;
  latencies: number[];
  errors: number;
  /** What the errors were: `http 503`, `graphql RATE_LIMITED`, `timeout`, ... */
  kinds: Map<string, number>;
}

function count(m: Measured, kind: string, n = 1): void {
  if (n <= 0) return;
  m.errors += n;
  m.kinds.set(kind, (m.kinds.get(kind) ?? 0) + n);
}

/**
 * One autocannon run; every connection logs in as one of `cookies` (its own user when there are
 * enough). A response that is not HTTP 200 or carries GraphQL errors counts as an error.
 */
function run(url: string, duration: number, connections: number, cookies: string[], requests: Request[], body?: (context: ClientContext) => string): Promise<Measured> {
  const measured: Measured = { requests: 0, latencies: [], errors: 0, kinds: new Map() };
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`, connections, duration,
        requests: requests.map((r) => ({
          ...r,
          method: 'POST',
          setupRequest: (request: Request, context: ClientContext) => {
            context.cookie ??= cookies[next++ % cookies.length];
            return { ...request, headers: { 'content-type': 'application/json', cookie: context.cookie ?? '' }, ...(body ? { body: body(context) } : {}) };
          },
          onResponse: (status: number, responseBody: string) => {
            if (status !== 200) count(measured, `http ${status}`);
            else if (responseBody.includes('"errors"')) count(measured, `graphql ${/"code":"(\w+)"/.exec(responseBody)?.[1] ?? '?'}`);
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        count(measured, 'timeout', result.timeouts);
        count(measured, 'socket', result.errors - result.timeouts);
        resolve(measured);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      measured.requests += 1;
      measured.latencies.push(responseTime);
    });
  });
}


const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob;
const measured = job.role === 'reads'
  ? await run(job.url, job.duration, job.connections, job.cookies, readRequests)
  : await run(job.url, job.duration, job.connections, job.cookies, writeRequests, writeBody);
process.stdout.write(JSON.stringify({ ...measured, kinds: [...measured.kinds] }));
