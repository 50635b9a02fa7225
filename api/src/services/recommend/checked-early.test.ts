import { isAreaKind, type NodeKind } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { checkedEarly } from './recommend-region';

const never = <T>() => new Promise<T>(() => undefined);
const areaKind = (want: boolean) => (['Neighbourhood', 'Organisation'] as NodeKind[]).find((k) => isAreaKind(k) === want) as NodeKind;

describe('checkedEarly', () => {
  it("passes on the kind the request's graph knows, without waiting for the store", async () => {
    await expect(checkedEarly(Promise.resolve(areaKind(true)), isAreaKind, never)).resolves.toBeUndefined();
  });

  it('lets the store decide, with its error, when the graph knows another kind or nothing', async () => {
    const refused = () => Promise.reject(new Error('not an area'));
    await expect(checkedEarly(Promise.resolve(areaKind(false)), isAreaKind, refused)).rejects.toThrow('not an area');
    await expect(checkedEarly(Promise.resolve(undefined), isAreaKind, refused)).rejects.toThrow('not an area');
    await expect(checkedEarly(Promise.resolve(undefined), isAreaKind, async () => 'found')).resolves.toBeUndefined();
  });

  it('reports a bad id without waiting for the graph, and a failed graph read changes nothing', async () => {
    await expect(checkedEarly(never(), isAreaKind, () => Promise.reject(new Error('no such id')))).rejects.toThrow('no such id');
    await expect(checkedEarly(Promise.reject(new Error('graph down')), isAreaKind, async () => 'found')).resolves.toBeUndefined();
  });
});
