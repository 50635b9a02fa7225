import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { surveyScore } from '@weefsel/graph-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDocument } from '../contract/fixture';
import { surveyTables } from './sqlite-survey-ddl';
import { openSqliteStore } from './sqlite-store';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const round = { id: 'sr-1', title: 'Bevraging', areaId: 'cz-noord', opensOn: '2026-01-01', closesOn: '2026-02-01', createdBy: 'editor' };

/** Makes the file look as a build before it would have left it: another schema fingerprint, and (optionally) no survey tables. */
function age(file: string, dropSurveys: boolean): void {
  const db = new BetterSqlite3(file);
  if (dropSurveys) for (const table of surveyTables) db.exec(`DROP TABLE ${table}`);
  db.pragma('user_version = 1');
  db.close();
}

describe('SQLite survey tables across migrations', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'weefsel-survey-migrate-'));
    file = join(dir, 'weefsel.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the survey tables to a database from before surveys, keeping its graph', async () => {
    const first = openSqliteStore(file);
    await first.init();
    await first.importGraph(fixtureDocument());
    await first.close();
    age(file, true);
    const store = openSqliteStore(file);
    await store.init();
    expect(store.schemaOutcome).toBe('migrated');
    expect((await store.counts()).actors).toBe(fixtureDocument().actors.length);
    await store.createSurveyRound(round, [{ id: 'inv-1', actorId: 'o-caw', tokenHash: hash('t') }]);
    expect((await store.findSurveyInvitation(hash('t')))?.id).toBe('inv-1');
    await store.close();
  });

  it('keeps rounds, invitations, answers and acceptances through a rebuild', async () => {
    const first = openSqliteStore(file);
    await first.init();
    await first.importGraph(fixtureDocument());
    await first.createSurveyRound(round, [{ id: 'inv-1', actorId: 'o-caw', tokenHash: hash('t') }]);
    await first.saveSurveyAnswer('inv-1', { partners: [{ partnerActorId: 'o-marienstede', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', valueItems: { INFLUENCE: 3 }, trustItems: { OPEN: 4 } }] }, 'submit');
    await first.recordSurveyAcceptance({ roundId: 'sr-1', subject: 'tie', reportKey: 'k', resultId: 'r1', acceptedBy: 'editor', acceptedAt: '2026-01-10T00:00:00.000Z' });
    const before = { round: await first.getSurveyRound('sr-1'), answers: await first.listSurveyAnswers('sr-1'), acceptances: await first.listSurveyAcceptances('sr-1') };
    await first.close();
    age(file, false);
    const store = openSqliteStore(file);
    await store.init();
    expect(store.schemaOutcome).toBe('migrated');
    expect({ round: await store.getSurveyRound('sr-1'), answers: await store.listSurveyAnswers('sr-1'), acceptances: await store.listSurveyAcceptances('sr-1') }).toEqual(before);
    expect((await store.findSurveyInvitation(hash('t')))?.actorId).toBe('o-caw');
    await store.close();
  });

  it('keeps an answer from before the items (one value and trust) as it was, and an answer with items, through a rebuild', async () => {
    const first = openSqliteStore(file);
    await first.init();
    await first.importGraph(fixtureDocument());
    await first.createSurveyRound(round, [
      { id: 'inv-1', actorId: 'o-caw', tokenHash: hash('t') },
      { id: 'inv-2', actorId: 'o-marienstede', tokenHash: hash('u') },
    ]);
    const partner = { partnerActorId: 'o-sociaal-huis', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE' } as const;
    await first.saveSurveyAnswer('inv-2', { partners: [{ ...partner, valueItems: { INFLUENCE: 3, RESOURCES: 2 }, trustItems: { OPEN: 4 } }] }, 'submit');
    await first.close();
    // An answer as a build before the items stored it: the record as it was written then, by hand.
    const legacy = { invitationId: 'inv-1', roundId: 'sr-1', draft: null, draftSavedAt: null, submitted: { contact: null, partners: [{ ...partner, value: 3, trust: 2 }] }, submittedAt: '2026-01-05T10:00:00.000Z' };
    const db = new BetterSqlite3(file);
    db.prepare('INSERT INTO survey_answers (invitation_id, round_id, record) VALUES (?, ?, ?)').run('inv-1', 'sr-1', JSON.stringify(legacy));
    db.close();
    age(file, false);
    const store = openSqliteStore(file);
    await store.init();
    expect(store.schemaOutcome).toBe('migrated');
    const [old, withItems] = await store.listSurveyAnswers('sr-1');
    expect(old).toEqual(legacy);
    expect(withItems?.submitted?.partners[0]).toMatchObject({ valueItems: { INFLUENCE: 3, RESOURCES: 2 }, trustItems: { OPEN: 4 } });
    const scores = (p: Parameters<typeof surveyScore>[0] | undefined) => [surveyScore(p ?? {}, 'value'), surveyScore(p ?? {}, 'trust')];
    expect([scores(old?.submitted?.partners[0]), scores(withItems?.submitted?.partners[0])]).toEqual([
      [3, 2],
      [2.5, 4],
    ]);
    await store.close();
  });
});
