/** One error as GraphQL returns it; `extensions.code` is set by the server (e.g. BAD_USER_INPUT). */
export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** A request that failed: on the network, with an HTTP status, or with GraphQL errors. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorPayload[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export interface GraphQLRequestOptions {
  signal?: AbortSignal;
  /** Defaults to `/graphql`, served by the same origin (the Vite dev server proxies it). */
  endpoint?: string;
  /** A failed login is expected to be UNAUTHENTICATED: do not treat it as a lost session. */
  quietOnUnauthenticated?: boolean;
}

/** True when the server refused the request because nobody is logged in (or the session ended). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

const unauthenticatedListeners = new Set<() => void>();

/** Called whenever any request finds the session gone, so the app can show the login form. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLErrorPayload[];
}

/**
 * POST a GraphQL operation as JSON. The server's CSRF prevention only accepts requests with a
 * JSON content type (or a preflight header), which a plain form or image request cannot send.
 */
export async function graphqlRequest<TData, TVariables extends object = Record<string, never>>(
  query: string,
  variables: TVariables,
  options: GraphQLRequestOptions = {},
): Promise<TData> {
  const endpoint = options.endpoint ?? '/graphql';
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: options.signal,
    // The session is an httpOnly cookie of this origin: the browser sends it, scripts never see it.
    credentials: 'same-origin',
  });
  const body = await readJson<TData>(response, endpoint);
  if (body.errors?.length) {
    const error = new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors, response.status);
    if (isUnauthenticated(error) && !options.quietOnUnauthenticated) for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(`POST ${endpoint} answered HTTP ${response.status} without data`, [], response.status);
  }
  return body.data;
}

async function readJson<TData>(response: Response, endpoint: string): Promise<GraphQLResponse<TData>> {
  try {
    return (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(
      `POST ${endpoint} answered HTTP ${response.status} with a body that is not JSON; is the API server running?`,
      [],
      response.status,
    );
  }
}
