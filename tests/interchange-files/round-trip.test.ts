import fc from 'fast-check';
import {
  deriveRelationId,
  endpointKindProblem,
  lifeDomainNames,
  nodeKindNames,
  relationKindNames,
  relationStatusNames,
  targetGroupNames,
  validateGraphDocument,
  type ActorInput,
  type GraphDocument,
  type RelationInput,
} from '@weefsel/graph-schema';
import { demoGraph, generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../api/src/services/interchange-files.service';
import { graphOf, tempStore, type TempStore } from './support';

const tableFormats: ExportFormat[] = ['xlsx', 'csv', 'json'];

/** Exports `from` in a format and imports the files into `to`; returns the plan and the store summary. */
async function copy(from: TempStore, to: TempStore, format: ExportFormat, language: 'nl' | 'en' = 'nl') {
  const files = await from.files.export(format, null, language);
  return to.files.importFiles(files.map((f) => ({ name: f.fileName, content: f.content })), { dryRun: false });
}

let demo: TempStore;
beforeAll(async () => {
  demo = await tempStore(demoGraph());
});
afterAll(() => demo.close());

describe('export then import gives the same graph', () => {
  for (const format of tableFormats) {
    it(`${format}: the demo network, then a re-import changes nothing`, async () => {
      const target = await tempStore();
      try {
        const { plan, summary } = await copy(demo, target, format);
        expect(plan.problems).toEqual([]);
        expect(summary?.actors.created).toBe((await demo.store.counts()).actors);
        expect(await graphOf(target.store)).toEqual(await graphOf(demo.store));
        const again = await copy(demo, target, format);
        expect(again.plan.actors).toMatchObject({ create: 0, update: 0 });
        expect(again.plan.relations).toMatchObject({ create: 0, update: 0 });
        expect(again.summary?.relations).toMatchObject({ created: 0, updated: 0 });
      } finally {
        await target.close();
      }
    }, 60_000);
  }

  it('xlsx with English headers and labels reads back the same', async () => {
    const target = await tempStore();
    try {
      await copy(demo, target, 'xlsx', 'en');
      expect(await graphOf(target.store)).toEqual(await graphOf(demo.store));
    } finally {
      await target.close();
    }
  }, 60_000);

  it('csv: text a spreadsheet would run as a formula is written inert and reads back unchanged', async () => {
    const names = ['=HYPERLINK("http://x","y")', "'=1+1", '+32 50 12 34 56', '@SUM(A1)', '-Buurtwerk'];
    const from = await tempStore({ actors: names.map((name, i) => ({ id: `f${i}`, kind: 'Organisation', name })), relations: [] });
    const to = await tempStore();
    try {
      const [actorsFile] = await from.files.export('csv');
      const text = actorsFile?.content.toString('utf8') ?? '';
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
      expect(text).toContain("''=1+1");
      expect(text).not.toMatch(/,[=+@-]/);
      await copy(from, to, 'csv');
      expect(await graphOf(to.store)).toEqual(await graphOf(from.store));
    } finally {
      await Promise.all([from.close(), to.close()]);
    }
  });

  it('a scope export holds the area and its relations, and imports on its own', async () => {
    const target = await tempStore();
    try {
      const files = await demo.files.export('xlsx', 'mun-brugge');
      const { plan } = await target.files.importFiles(files.map((f) => ({ name: f.fileName, content: f.content })), { dryRun: false });
      expect(plan.problems).toEqual([]);
      const ids = (await target.store.exportGraph()).actors.map((a) => a.id);
      expect(ids).toContain('mun-brugge');
      expect(ids.length).toBeLessThan((await demo.store.counts()).actors);
    } finally {
      await target.close();
    }
  }, 60_000);
});

// Text that spreadsheets and CSV like to mangle: separators, quotes, new lines, accents, formulas, numbers.
const tricky = fc.constantFrom('a', 'B', 'é', 'ë', ' ', ',', ';', '"', "'", '\n', '=', '+', '1', '0', '/', '-', '|', 'ß', '€');
const text = (max: number, unit = tricky) => fc.string({ unit, minLength: 1, maxLength: max }).map((s) => s.trim()).filter((s) => s.length > 0);
// Names and contact persons are one line (graph-schema text-rules.ts): the same without the newline.
const lineText = (max: number) => text(max, fc.constantFrom('a', 'B', 'é', 'ë', ' ', ',', ';', '"', "'", '=', '+', '1', '0', '/', '-', '|', 'ß', '€'));
// An e-mail address (graph-schema checks the shape) whose name part is as tricky as the rest: "=1@..." must stay text.
const email = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', "'", '=', '+', '1', '/', '-', '|', 'ß', '€'), minLength: 1, maxLength: 8 }).map((name) => `${name}@example.be`);
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const actorArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom(...nodeKindNames),
    name: lineText(12),
    description: fc.option(text(20), { nil: undefined }),
    formal: fc.option(fc.boolean(), { nil: undefined }),
    domains: fc.subarray([...lifeDomainNames]),
    targetGroups: fc.subarray([...targetGroupNames]),
    contact: fc.option(fc.record({ email, person: lineText(10) }, { requiredKeys: [] }), { nil: undefined }),
  });

const relationArb = (count: number) =>
  fc.record({
    kindPick: fc.nat(),
    source: fc.nat(count - 1),
    target: fc.nat(count - 1),
    dates: fc.tuple(fc.option(date, { nil: null }), fc.option(date, { nil: null })).map(([a, b]) => (a && b && b < a ? [b, a] : [a, b])),
    weight: fc.option(fc.double({ min: 0.001, max: 1000, noNaN: true }), { nil: null }),
    note: fc.option(text(15), { nil: null }),
    status: fc.constantFrom(...relationStatusNames),
  });

/** A random valid graph: each relation takes a kind the schema allows between its two actors. */
const graphArb = fc.integer({ min: 2, max: 8 }).chain((count) =>
  fc
    .tuple(fc.tuple(...Array.from({ length: count }, (_, i) => actorArb(`a${i}`))), fc.array(relationArb(count), { minLength: 4, maxLength: 24 }))
    .map(([actors, picks]) => {
      const seen = new Set<string>();
      const relations: RelationInput[] = [];
      for (const pick of picks) {
        const [source, target] = [actors[pick.source], actors[pick.target]];
        if (!source || !target || source === target) continue;
        const kinds = relationKindNames.filter((k) => endpointKindProblem(k, source.kind, target.kind) === null);
        const kind = kinds[pick.kindPick % Math.max(1, kinds.length)];
        if (!kind) continue;
        const id = deriveRelationId(kind, source.id, target.id);
        if (seen.has(id)) continue;
        seen.add(id);
        const [since, until] = pick.dates;
        const ended = pick.status === 'ENDED' && !until;
        relations.push({ kind, source: source.id, target: target.id, since, until: ended ? (since ?? '2024-01-01') : until, weight: pick.weight, note: pick.note, status: pick.status });
      }
      const doc = { actors: actors as ActorInput[], relations } satisfies GraphDocument;
      validateGraphDocument(doc);
      return doc;
    }),
);

describe('property: any valid graph survives export and import', () => {
  for (const format of tableFormats) {
    it(`${format}`, async () => {
      let relationsSeen = 0;
      await fc.assert(
        fc.asyncProperty(graphArb, async (doc) => {
          relationsSeen += doc.relations.length;
          const from = await tempStore(doc);
          const to = await tempStore();
          try {
            const { plan } = await copy(from, to, format);
            expect(plan.problems).toEqual([]);
            expect(await graphOf(to.store)).toEqual(await graphOf(from.store));
          } finally {
            await Promise.all([from.close(), to.close()]);
          }
        }),
        { numRuns: 20, seed: 7 },
      );
      // The generator must not drop nearly every relation as invalid, or the property says little.
      expect(relationsSeen).toBeGreaterThan(40);
    }, 120_000);
  }

  it('generated networks (seeds generator) survive a CSV round trip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), async (seed) => {
        const from = await tempStore(generateGraph({ seed, actors: 120, relations: 400 }));
        const to = await tempStore();
        try {
          await copy(from, to, 'csv');
          expect(await graphOf(to.store)).toEqual(await graphOf(from.store));
        } finally {
          await Promise.all([from.close(), to.close()]);
        }
      }),
      { numRuns: 5, seed: 11 },
    );
  }, 120_000);
});
