import fc from 'fast-check';
import { lifeDomainNames, nodeKindNames, relationKindNames, targetGroupNames } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { layoutNames } from '../graph/layout-names';
import { decodeState, defaultState, encodeState, showModes, sizeMetrics, viewNames, type ExplorerState } from './url-state';

/** A subset of `names`, kept in their order (the canonical form decodeState returns). */
const subsetOf = <T extends string>(names: readonly T[]) => fc.subarray([...names]);
const id = fc.stringMatching(/^[a-z0-9][a-z0-9.:_@-]{0,20}$/);
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** One day (null: today) or the whole history, never both. */
const time = fc.oneof(fc.record({ asOf: fc.option(day, { nil: null }), history: fc.constant(false) }), fc.constant({ asOf: null, history: true }));

const stateArbitrary: fc.Arbitrary<ExplorerState> = fc
  .tuple(
    time,
    fc.record({
      view: fc.constantFrom(...viewNames),
      area: fc.option(id, { nil: null }),
      filter: fc.record({
        kinds: subsetOf(nodeKindNames),
        domains: subsetOf(lifeDomainNames),
        targetGroups: subsetOf(targetGroupNames),
        relationKinds: subsetOf(relationKindNames),
      }),
      metric: fc.constantFrom(...sizeMetrics),
      grouping: fc.constantFrom('none' as const, 'Neighbourhood' as const, 'Municipality' as const),
      layout: fc.constantFrom(...layoutNames),
      show: fc.constantFrom(null, ...showModes),
      actor: fc.option(id, { nil: null }),
    }),
  )
  .map(([when, rest]) => ({ ...rest, ...when }));

describe('URL state', () => {
  it('decodes what it encodes, for any state', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        expect(decodeState(encodeState(state))).toEqual(state);
      }),
    );
  });

  it('writes nothing for the default state and only what differs otherwise', () => {
    expect(encodeState(defaultState)).toBe('');
    const state: ExplorerState = { ...defaultState, view: 'gaps', area: 'elz-oostende', asOf: '2024-01-31', filter: { ...defaultState.filter, kinds: ['Organisation', 'Project'] } };
    expect(encodeState(state)).toBe('?view=gaps&area=elz-oostende&date=2024-01-31&kind=Organisation%2CProject');
  });

  it('keeps the whole history apart from a day: history=1 wins over a date', () => {
    expect(encodeState({ ...defaultState, history: true })).toBe('?history=1');
    expect(decodeState('?history=1&date=2024-01-31')).toEqual({ ...defaultState, history: true, asOf: null });
    expect(decodeState('?date=2024-01-31')).toMatchObject({ history: false, asOf: '2024-01-31' });
  });

  it('falls back to the default for unknown or malformed values', () => {
    const state = decodeState('?view=nope&date=2024-13-45&kind=Organisation,Dragon&metric=height&grouping=Planet&layout=x&actor=');
    expect(state).toEqual({ ...defaultState, filter: { ...defaultState.filter, kinds: ['Organisation'] } });
    expect(decodeState('')).toEqual(defaultState);
  });
});
