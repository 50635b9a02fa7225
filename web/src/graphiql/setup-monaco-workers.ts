// GraphiQL 5 edits with Monaco, which runs its language services in web workers. Vite bundles a
// worker only when the `?worker` import is in the app's own source: graphiql's ready-made
// `graphiql/setup-workers/vite` works in a build but breaks the dev server, whose dependency
// pre-bundling cannot load `?worker` imports inside node_modules (graphql/graphiql#4038).
// Nothing comes from a CDN: the workers are files in web/dist like the rest of the page.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

const workers: Record<string, new () => Worker> = { json: JsonWorker, graphql: GraphQLWorker };

const environment: Environment = {
  getWorker(_workerId, label) {
    const WorkerClass = workers[label] ?? EditorWorker;
    return new WorkerClass();
  },
};
window.MonacoEnvironment = environment;
