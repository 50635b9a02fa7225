import type { Actor } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../user-audit-store';
import { isLegacyPersonId, legacyPersonIdBase } from './legacy-person-ids';
import { personTraces, pseudonymiseEntry } from './pseudonymise';

const person = { id: 'transitionmanager-0123456789ab', kind: 'TransitionManager', name: 'Lotte Voorbeeld', contact: null } as unknown as Actor;

describe('person ids from before random ids', () => {
  it('recognises the old hash of the name, numbered clashes included, and only for people', () => {
    const hashed = legacyPersonIdBase('TransitionManager', 'Lotte Voorbeeld');
    expect(isLegacyPersonId({ id: hashed, kind: 'TransitionManager', name: 'lotte  voorbeeld' })).toBe(true);
    expect(isLegacyPersonId({ id: `${hashed}-2`, kind: 'TransitionManager', name: 'Lotte Voorbeeld' })).toBe(true);
    expect(isLegacyPersonId({ id: person.id, kind: 'TransitionManager', name: 'Lotte Voorbeeld' })).toBe(false);
    expect(isLegacyPersonId({ id: legacyPersonIdBase('Organisation', 'A'), kind: 'Organisation', name: 'A' })).toBe(false);
  });

  it('are removed by an erasure from audit entries written before the rename (they reveal the name)', () => {
    const hashed = legacyPersonIdBase('TransitionManager', 'Lotte Voorbeeld');
    const entry = {
      id: 'e1', at: '2026-01-01T00:00:00Z', userId: null, userName: 'x', operation: 'upsertRelation', targetType: 'relation',
      targetId: `${hashed}--COACHES--org-a`, before: null, after: { source: hashed, target: 'org-a' },
    } as AuditEntry;
    const scrubbed = pseudonymiseEntry(entry, personTraces(person), 'person-x');
    expect(JSON.stringify(scrubbed)).not.toContain(hashed);
    expect(scrubbed?.targetId).toBe('person-x--COACHES--org-a');
  });
});
