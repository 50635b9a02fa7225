import { describe, expect, it } from 'vitest';
import { endedSessionKey, maxEndedSessions, type NewUser } from '../user-audit-store';
import { isoTimestamp, pathsOf, rejectsWithValidation, tick, type ContractContext } from './contract-helpers';

const ann: NewUser = { id: 'u-ann', name: 'ann', role: 'viewer', passwordHash: 'scrypt$hash-a' };
const bob: NewUser = { id: 'u-bob', name: 'bob', role: 'editor', passwordHash: 'scrypt$hash-b' };
const admin = { userId: 'u-admin', userName: 'admin' };

export function defineUsersContract(ctx: ContractContext): void {
  describe('users', () => {
    it('creates users and finds them by id and by name, listed by name', async () => {
      const store = ctx.store();
      const created = await store.createUser(bob);
      await store.createUser(ann);
      expect(created).toMatchObject({ ...bob });
      expect(created.createdAt).toMatch(isoTimestamp);
      expect(created.updatedAt).toBe(created.createdAt);
      expect(await store.getUser('u-bob')).toEqual(created);
      expect(await store.getUserByName('bob')).toEqual(created);
      expect(await store.getUserByName('Bob')).toBeNull();
      expect(await store.getUser('ghost')).toBeNull();
      expect((await store.listUsers()).map((u) => u.name)).toEqual(['ann', 'bob']);
      expect(await store.countUsers()).toBe(2);
    });

    it('refuses a taken name or id and writes nothing', async () => {
      const store = ctx.store();
      await store.createUser(ann);
      expect(pathsOf(await rejectsWithValidation(() => store.createUser({ ...bob, name: 'ann' })))).toEqual(['name']);
      expect(pathsOf(await rejectsWithValidation(() => store.createUser({ ...bob, id: 'u-ann' })))).toEqual(['id']);
      expect(await store.countUsers()).toBe(1);
      expect((await store.auditLog({}, { offset: 0, limit: 10 })).total).toBe(1);
    });

    it('changes role and password, keeping createdAt; an unchanged update is no write', async () => {
      const store = ctx.store();
      const created = await store.createUser(ann);
      await tick();
      const same = await store.updateUser('u-ann', { role: 'viewer' });
      expect(same).toEqual(created);
      const changed = await store.updateUser('u-ann', { role: 'admin', passwordHash: 'scrypt$new' }, admin);
      expect(changed).toMatchObject({ role: 'admin', passwordHash: 'scrypt$new', createdAt: created.createdAt });
      expect(changed.updatedAt > created.updatedAt).toBe(true);
      expect(pathsOf(await rejectsWithValidation(() => store.updateUser('ghost', { role: 'admin' })))).toEqual(['id']);
    });

    it('ends all sessions by raising the session version, one session by recording it; neither is audited', async () => {
      const store = ctx.store();
      const created = await store.createUser(ann);
      expect(created).toMatchObject({ sessionVersion: 0, endedSessions: [] });
      expect(await store.endSession('u-ann', endedSessionKey(2000, 's1'), 1000)).toBe(true);
      expect(await store.endSession('u-ann', endedSessionKey(2500, 's2'), 1000)).toBe(true);
      expect(await store.getUser('u-ann')).toMatchObject({ sessionVersion: 0, endedSessions: [endedSessionKey(2000, 's1'), endedSessionKey(2500, 's2')] });
      // Keys past their expiry are dropped by the next logout.
      expect(await store.endSession('u-ann', endedSessionKey(4000, 's3'), 2200)).toBe(true);
      expect((await store.getUser('u-ann'))?.endedSessions).toEqual([endedSessionKey(2500, 's2'), endedSessionKey(4000, 's3')]);
      expect(await store.endSessions('u-ann')).toBe(true);
      expect(await store.getUser('u-ann')).toMatchObject({ sessionVersion: 1, endedSessions: [], updatedAt: created.updatedAt });
      expect(await store.endSessions('ghost')).toBe(false);
      expect(await store.endSession('ghost', endedSessionKey(2000, 's1'), 1000)).toBe(false);
      expect((await store.auditLog({}, { offset: 0, limit: 10 })).total).toBe(1);
    });

    it('ends all sessions instead once a user has maxEndedSessions recorded', async () => {
      const store = ctx.store();
      await store.createUser(ann);
      for (let i = 0; i < maxEndedSessions; i += 1) await store.endSession('u-ann', endedSessionKey(9000, `s${i}`), 1000);
      expect((await store.getUser('u-ann'))?.endedSessions).toHaveLength(maxEndedSessions);
      await store.endSession('u-ann', endedSessionKey(9000, 'one-more'), 1000);
      expect(await store.getUser('u-ann')).toMatchObject({ sessionVersion: 1, endedSessions: [] });
    });

    it('deletes a user once', async () => {
      const store = ctx.store();
      await store.createUser(ann);
      expect(await store.deleteUser('u-ann', admin)).toBe(true);
      expect(await store.deleteUser('u-ann', admin)).toBe(false);
      expect(await store.getUser('u-ann')).toBeNull();
    });

    it('audits user writes without the password hash', async () => {
      const store = ctx.store();
      await store.createUser(ann, admin);
      await tick();
      await store.updateUser('u-ann', { passwordHash: 'scrypt$other' }, admin);
      await tick();
      await store.deleteUser('u-ann', admin);
      const log = await store.auditLog({ targetId: 'u-ann' }, { offset: 0, limit: 10 });
      expect(log.items.map((e) => e.operation)).toEqual(['deleteUser', 'updateUser', 'createUser']);
      expect(log.items.every((e) => e.userName === 'admin' && e.userId === 'u-admin' && e.targetType === 'user')).toBe(true);
      expect(log.items[1]?.after).toMatchObject({ name: 'ann', passwordChanged: true });
      expect(JSON.stringify(log.items)).not.toContain('scrypt$');
    });
  });
}
