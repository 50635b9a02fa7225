import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The API's floors, lowest first: a file may import from its own floor and the ones below, never
 * from above (graph-schema <- store, analysis <- interchange-files <- services, auth <- graphql,
 * http <- server <- startup, cli). Test fixtures and test support may reach down anywhere.
 */
const apiFloors = [
  { files: ['api/src/store/**', 'api/src/analysis/**'], above: ['interchange-files', 'services', 'auth', 'graphql', 'http', 'startup', 'cli', 'server'] },
  { files: ['api/src/interchange-files/**'], above: ['services', 'auth', 'graphql', 'http', 'startup', 'cli', 'server'] },
  { files: ['api/src/services/**', 'api/src/auth/**'], above: ['graphql', 'http', 'startup', 'cli', 'server'] },
  { files: ['api/src/graphql/**', 'api/src/http/**'], above: ['startup', 'cli', 'server'] },
];

function floorRule({ files, above }) {
  // Relative imports climb with ../ : any that names a higher floor's folder (or server.ts) is wrong.
  const ups = ['../', '../../', '../../../'];
  const group = above.flatMap((floor) => ups.map((up) => (floor === 'server' ? `${up}server` : `${up}${floor}/*`)));
  return {
    files: files.map((glob) => `${glob}/*.ts`).concat(files),
    ignores: ['**/*.test.ts', '**/fixtures/**', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message: 'imports from a higher floor of the API; move the shared piece down instead' }] }] },
  };
}

/**
 * The web's floors: shared pieces (components, graph, api, i18n) below the features, the features
 * below the app shell; a feature uses another only through the shared floor.
 */
const webFloors = [
  {
    files: ['web/src/components/**', 'web/src/graph/**', 'web/src/api/**', 'web/src/i18n/**'],
    group: ['../features/*', '../../features/*', '../app/*', '../../app/*'],
    message: 'a shared piece imports a feature or the app shell; move what it needs down to the shared floor',
  },
  {
    files: ['web/src/features/**'],
    // ../other-feature/... is another feature's inside; ../../ reaches the shared floor (or the app, refused next).
    group: ['../*/*', '!../../*', '../../app/*'],
    message: "a feature imports the app shell or another feature's inside; share it through web/src/components",
  },
];

function webFloorRule({ files, group, message }) {
  return { files, ignores: ['**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] } };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/dist-types/**', 'data/**', 'test-output/**', 'web/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  ...apiFloors.map(floorRule),
  ...webFloors.map(webFloorRule),
);
