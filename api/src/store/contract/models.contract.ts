import { ValidationError } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { modelLimits } from '../model-store';
import type { ContractContext } from './contract-helpers';
import { fixtureDocument } from './fixture';

export function defineModelsContract(ctx: ContractContext): void {
  describe('kept models', () => {
    it('keeps a model, and replaces it only when the kept one is still the one the caller replaces', async () => {
      const store = ctx.store();
      expect(await store.readModel('likelihood|x')).toBeNull();
      const first = { key: 'likelihood|x', mark: 'm1', model: '{"w":[1]}' };
      expect(await store.keepModel(first, null)).toEqual(first);
      // Another instance kept one meanwhile: the caller's is not kept, the kept one comes back.
      expect(await store.keepModel({ key: 'likelihood|x', mark: 'm2', model: '{"w":[2]}' }, null)).toEqual(first);
      const second = { key: 'likelihood|x', mark: 'm3', model: '{"w":[3]}' };
      expect(await store.keepModel(second, 'm1')).toEqual(second);
      expect(await store.readModel('likelihood|x')).toEqual(second);
      expect(await store.readModel('likelihood|y')).toBeNull();
    });

    it('is not graph data: keeping a model moves no change mark and writes no audit entry', async () => {
      const store = ctx.store();
      await store.importGraph(fixtureDocument());
      const mark = await store.changeMark();
      const audit = (await store.auditLog({}, { offset: 0, limit: 100 })).total;
      await store.keepModel({ key: 'k', mark: 'm', model: '{}' }, null);
      expect(await store.changeMark()).toBe(mark);
      expect((await store.auditLog({}, { offset: 0, limit: 100 })).total).toBe(audit);
    });

    it('refuses a model over the size limit and keeps the one it had', async () => {
      const store = ctx.store();
      await store.keepModel({ key: 'k', mark: 'm', model: '{}' }, null);
      await expect(store.keepModel({ key: 'k', mark: 'm2', model: 'x'.repeat(modelLimits.bytes + 1) }, 'm')).rejects.toThrow(ValidationError);
      expect(await store.readModel('k')).toEqual({ key: 'k', mark: 'm', model: '{}' });
    });
  });
}
