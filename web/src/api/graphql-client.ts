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
  });
  const body = await readJson<TData>(response, endpoint);
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), body.errors, response.status);
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
