import { describe, expect, it } from 'vitest';
import { actor } from '../fixtures/classic-graphs';
import { formalInformalScore } from './formal-informal.score';

const formal = actor('f', { formal: true });
const initiative = actor('i', { kind: 'CitizenInitiative', formal: false });

describe('formalInformalScore', () => {
  it('scores a first formal partner of an informal initiative highest', () => {
    expect(formalInformalScore(formal, initiative, () => false)).toEqual({ links: true, firstFormalPartner: true, score: 1 });
    expect(formalInformalScore(initiative, formal, () => true)).toEqual({ links: true, firstFormalPartner: false, score: 0.6 });
  });

  it('gives nothing for two formal actors, two informal ones, or an area as partner', () => {
    expect(formalInformalScore(formal, actor('g'), () => false).score).toBe(0);
    expect(formalInformalScore(initiative, actor('j', { kind: 'CitizenInitiative', formal: false }), () => false).score).toBe(0);
    expect(formalInformalScore(actor('m', { kind: 'Municipality', formal: true }), initiative, () => false).score).toBe(0);
  });
});
