import { sql, type Kysely, type Migration } from 'kysely';
import { CREATE_TURN_FTS } from '../sqlite/fts-schema.js';
import { isSqlite } from './dialect.js';

/**
 * The first schema: the analysis model, turns with a search index, and the event log.
 * No ON DELETE CASCADE: every deletion goes through the write layer, which logs each row so that
 * undo can restore it.
 */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createTable('project')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('phase', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('perspectives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('sort', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('participants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('perspective', 'text', (c) => c.references('perspectives.id'))
      .addColumn('case_id', 'text', (c) => c.references('cases.id'))
      .addColumn('attributes', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('coders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('participant', 'text', (c) => c.references('participants.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('turns')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('speaker', 'text', (c) => c.notNull())
      .addColumn('participant', 'text', (c) => c.references('participants.id'))
      .addColumn('is_interviewer', 'integer', (c) => c.notNull())
      .addColumn('start_pos', 'integer', (c) => c.notNull())
      .addColumn('end_pos', 'integer', (c) => c.notNull())
      .addColumn('text_start', 'integer', (c) => c.notNull())
      .addColumn('start_ms', 'integer')
      .addColumn('end_ms', 'integer')
      .addColumn('search_rowid', 'integer', (c) => c.notNull().unique())
      .addPrimaryKeyConstraint('turns_pk', ['source_id', 'seq'])
      .execute();
    await db.schema.createTable('codes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('color', 'text', (c) => c.notNull())
      .addColumn('parent', 'text', (c) => c.references('codes.id'))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('segments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('start_pos', 'integer', (c) => c.notNull())
      .addColumn('end_pos', 'integer', (c) => c.notNull())
      .addColumn('exact', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('suffix', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('participant', 'text', (c) => c.references('participants.id'))
      .execute();
    await db.schema.createIndex('segments_source').on('segments').columns(['source_id', 'start_pos', 'end_pos']).execute();
    await db.schema.createTable('codings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code_id', 'text', (c) => c.notNull().references('codes.id'))
      .addColumn('segment_id', 'text', (c) => c.notNull().references('segments.id'))
      .addColumn('coder', 'text', (c) => c.notNull())
      .addColumn('comment', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('codings_once', ['code_id', 'segment_id', 'coder'])
      .execute();
    await db.schema.createTable('memos')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text')
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('phase', 'integer')
      .execute();
    await db.schema.createTable('themes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('perspective', 'text', (c) => c.references('perspectives.id'))
      .addColumn('parent', 'text', (c) => c.references('themes.id'))
      .addColumn('relation', 'text')
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('summaries', 'text', (c) => c.notNull())
      .addColumn('sort', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createTable('theme_codes')
      .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id'))
      .addColumn('code_id', 'text', (c) => c.notNull().references('codes.id'))
      .addColumn('sort', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('theme_codes_pk', ['theme_id', 'code_id'])
      .execute();
    await db.schema.createTable('theme_exemplars')
      .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id'))
      .addColumn('segment_id', 'text', (c) => c.notNull().references('segments.id'))
      .addColumn('sort', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('theme_exemplars_pk', ['theme_id', 'segment_id'])
      .execute();
    await db.schema.createTable('theme_draws_on')
      .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id'))
      .addColumn('draws_on', 'text', (c) => c.notNull().references('themes.id'))
      .addColumn('sort', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('theme_draws_on_pk', ['theme_id', 'draws_on'])
      .execute();
    await db.schema.createTable('batches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull().unique())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('reverts', 'text')
      .addColumn('analytic', 'integer', (c) => c.notNull())
      .addColumn('undone', 'integer', (c) => c.notNull())
      .execute();
    // Integer ids assigned by the write layer (max + 1 inside the writing transaction) keep
    // the log's order without AUTOINCREMENT (SQLite) or serial (PostgreSQL).
    await db.schema.createTable('events')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('batch', 'text', (c) => c.notNull().references('batches.id'))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .execute();
    await db.schema.createIndex('events_batch').on('events').column('batch').execute();
    if (isSqlite(db)) await sql.raw(CREATE_TURN_FTS).execute(db);
  },
};
