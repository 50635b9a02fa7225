/**
 * The survey tables. Survey records are read and written whole, so each row keeps its record as
 * JSON and, as columns, only the keys that lookups and uniqueness need. No foreign keys: a round's
 * answers outlive an actor deleted from the graph (the results still name who reported what), and
 * the rebuild in sqlite-migrate.ts refills tables in any order. A new field of a record (the value
 * and trust items of a reported partner) needs no new column and no migration: older records read
 * as they were written (sqlite-survey-migrate.test.ts).
 */
export const surveyTables = ['survey_rounds', 'survey_invitations', 'survey_answers', 'survey_acceptances'] as const;

export const surveyTableDdl = [
  `CREATE TABLE survey_rounds (
      id TEXT PRIMARY KEY NOT NULL,
      record TEXT NOT NULL CHECK (json_valid(record))
    )`,
  `CREATE TABLE survey_invitations (
      id TEXT PRIMARY KEY NOT NULL,
      round_id TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      record TEXT NOT NULL CHECK (json_valid(record)),
      UNIQUE (round_id, actor_id)
    )`,
  `CREATE TABLE survey_answers (
      invitation_id TEXT PRIMARY KEY NOT NULL,
      round_id TEXT NOT NULL,
      record TEXT NOT NULL CHECK (json_valid(record))
    )`,
  `CREATE TABLE survey_acceptances (
      round_id TEXT NOT NULL,
      subject TEXT NOT NULL CHECK (subject IN ('tie', 'actor')),
      report_key TEXT NOT NULL,
      record TEXT NOT NULL CHECK (json_valid(record)),
      PRIMARY KEY (round_id, subject, report_key)
    )`,
];

export const surveyIndexDdl = ['CREATE INDEX survey_answers_round ON survey_answers(round_id)'];
