import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../web/codegen';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

describe('generated GraphQL types (web/src/gql)', () => {
  it('match api/schema.graphql and the operations in web/src; run `npm run codegen -w web` when this fails', async () => {
    const cwd = process.cwd();
    process.chdir(webRoot);
    try {
      const outputs = await generate({ ...config, cwd: webRoot, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(path.resolve(webRoot, output.filename), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
