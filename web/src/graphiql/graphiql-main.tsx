// First: Monaco must know where its workers are before GraphiQL creates an editor.
import './setup-monaco-workers';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultQuery } from './default-query';

// The toolkit posts JSON, which satisfies the server's CSRF prevention.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no element with id "graphiql" to mount GraphiQL in');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
