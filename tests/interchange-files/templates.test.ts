import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config';
import { templateFiles } from '../../api/src/interchange-files';
import { startTestApp, type TestApp } from '../support/test-app';
import { tempStore } from './support';

const committed = (file: string) => readFile(path.join(repoRoot, 'seeds', 'templates', file));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app.stop());

describe('the committed templates (npm run templates)', () => {
  it('the empty template reads with every sheet mapped and no problems', async () => {
    const store = await tempStore();
    try {
      const plan = await store.files.plan([{ name: templateFiles.empty, content: await committed(templateFiles.empty) }]);
      expect(plan.problems).toEqual([]);
      expect(plan.sheets.map((s) => [s.sheet, s.role])).toEqual([['Actoren', 'actors'], ['Relaties', 'relations'], ['Uitleg', null]]);
      expect(plan.sheets[0]?.columns.every((c) => c.property !== null)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('the filled example imports into an empty store without problems and without people', async () => {
    const store = await tempStore();
    try {
      const { plan, summary } = await store.files.importFiles([{ name: templateFiles.example, content: await committed(templateFiles.example) }], { dryRun: false });
      expect(plan.problems).toEqual([]);
      expect(summary?.actors.created).toBeGreaterThan(100);
      const graph = await store.store.exportGraph();
      expect(graph.actors.some((a) => a.kind === 'TransitionManager' || a.contact?.person)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('are served at /templates/ for the import page', async () => {
    for (const file of Object.values(templateFiles)) {
      const response = await fetch(`${app.url}/templates/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(await committed(file));
    }
  });
});
