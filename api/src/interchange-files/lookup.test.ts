import type { Actor } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { legacyPersonIdBase } from '../store/shared/legacy-person-ids';
import { deriveActorId } from './lookup';
import { planImport } from './plan';
import type { Table } from './read-tables';

describe('deriveActorId', () => {
  it('makes the same readable id from kind and name on every import, numbering clashes', () => {
    expect(deriveActorId('Organisation', 'CAW Brugge', () => false)).toBe('organisation-caw-brugge');
    expect(deriveActorId('Organisation', 'CAW Brugge', (id) => id === 'organisation-caw-brugge')).toBe('organisation-caw-brugge-2');
  });

  it('gives a person an id with no relation to the name (ids are shown to viewers): not a hash, random', () => {
    const id = deriveActorId('TransitionManager', 'Lotte Voorbeeld', () => false);
    expect(id).toMatch(/^transitionmanager-[0-9a-f]{12}$/);
    expect(id).not.toBe(legacyPersonIdBase('TransitionManager', 'Lotte Voorbeeld'));
    expect(deriveActorId('TransitionManager', 'Lotte Voorbeeld', () => false)).not.toBe(id);
  });
});

describe('a sheet of people without ids', () => {
  const sheet = (): Table[] => [
    {
      name: 'Actoren',
      headers: ['Naam', 'Soort'],
      rows: [
        { row: 2, cells: ['Lotte Voorbeeld', 'TransitionManager'] },
        { row: 3, cells: ['Buurtwerk', 'Organisation'] },
      ],
    },
    { name: 'Relaties', headers: ['Van', 'Soort', 'Naar'], rows: [{ row: 2, cells: ['Lotte Voorbeeld', 'COACHES', 'Buurtwerk'] }] },
  ];

  it('gives the person one id within a plan, and a re-import finds the same person', () => {
    const plan = planImport(sheet(), [], { actors: [], relations: [], today: '2026-01-01' });
    expect(plan.problems).toEqual([]);
    const person = plan.document!.actors.find((a) => a.kind === 'TransitionManager')!;
    expect(plan.document!.relations.map((r) => r.source)).toEqual([person.id]);
    const stored = plan.document!.actors.map((a) => ({ ...a, createdAt: '', updatedAt: '' }) as unknown as Actor);
    const again = planImport(sheet(), [], { actors: stored, relations: [], today: '2026-01-01' });
    expect(again.actors).toMatchObject({ create: 0 });
    expect(again.document!.actors.find((a) => a.kind === 'TransitionManager')!.id).toBe(person.id);
  });

  it('reads the id a person had before the rename (an old export) as the person it is now, rows and references', () => {
    const hashed = legacyPersonIdBase('TransitionManager', 'Lotte Voorbeeld');
    const now = { id: 'transitionmanager-0123456789ab', kind: 'TransitionManager', name: 'Lotte Voorbeeld', createdAt: '', updatedAt: '' } as unknown as Actor;
    const org = { id: 'org-b', kind: 'Organisation', name: 'Buurtwerk', createdAt: '', updatedAt: '' } as unknown as Actor;
    const oldExport: Table[] = [
      { name: 'Actoren', headers: ['Id', 'Naam', 'Soort'], rows: [{ row: 2, cells: [hashed, 'Lotte Voorbeeld', 'TransitionManager'] }] },
      { name: 'Relaties', headers: ['Van', 'Soort', 'Naar'], rows: [{ row: 2, cells: [hashed, 'COACHES', 'org-b'] }] },
    ];
    const plan = planImport(oldExport, [], { actors: [now, org], relations: [], today: '2026-01-01' });
    expect(plan.problems).toEqual([]);
    expect(plan.actors.create).toBe(0);
    expect(plan.document!.actors.map((a) => a.id)).toEqual([now.id]);
    expect(plan.document!.relations.map((r) => r.source)).toEqual([now.id]);
  });
});

