import { describe, expect, it } from 'vitest';
import { deriveActorId } from './lookup';

describe('deriveActorId', () => {
  it('makes the same readable id from kind and name on every import, numbering clashes', () => {
    expect(deriveActorId('Organisation', 'CAW Brugge', () => false)).toBe('organisation-caw-brugge');
    expect(deriveActorId('Organisation', 'CAW Brugge', (id) => id === 'organisation-caw-brugge')).toBe('organisation-caw-brugge-2');
  });

  it('puts no part of a person’s name in the id (ids are shown to viewers), yet stays stable', () => {
    const id = deriveActorId('TransitionManager', 'Lotte Voorbeeld', () => false);
    expect(id).not.toMatch(/lotte|voorbeeld/i);
    expect(deriveActorId('TransitionManager', 'lotte  voorbeeld', () => false)).toBe(id);
    expect(deriveActorId('TransitionManager', 'Jan Peeters', () => false)).not.toBe(id);
  });
});
