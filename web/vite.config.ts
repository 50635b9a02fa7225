import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Two pages: the app, and GraphiQL (served at /graphiql.html, which the API also maps /graphiql to).
      input: {
        main: `${root}index.html`,
        graphiql: `${root}graphiql.html`,
      },
      onwarn(warning, warn) {
        // GraphiQL's packages carry React Compiler directives ("use no memo") that bundling drops
        // harmlessly; without this filter they bury every real warning.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // GraphiQL's Monaco workers as ES modules can share chunks (graphql-js) instead of each inlining
  // its own copy (the graphql worker drops from about 600 to 475 kB); current browsers run module workers.
  worker: { format: 'es' },
  optimizeDeps: {
    // The GraphQL worker is found only when GraphiQL starts it, so the dev server would serve its
    // CommonJS dependencies unconverted and the worker would fail to start (build output is fine).
    include: ['nullthrows', 'picomatch-browser'],
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
