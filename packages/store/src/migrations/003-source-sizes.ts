import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Stores each source's text length (UTF-16 code units, the project's offset unit) and turn
 * count. Listing sources computed both per row, which read every text in full: an import asks
 * for the list once per file, so a batch of 1,000 transcripts read the whole corpus 1,000 times.
 * Nullable because SQLite can only add a NOT NULL column with a default; every write sets them.
 * The listing reads from a covering index: SQLite stores a row's columns in order, so reading any
 * column after `text` from the table walks the text's overflow pages.
 */
export const sourceSizes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('sources').addColumn('text_length', 'integer').execute();
    await db.schema.alterTable('sources').addColumn('turn_count', 'integer').execute();
    await sql`update sources set turn_count = (select count(*) from turns where turns.source_id = sources.id)`.execute(db);
    // SQL's length() counts code points; offsets are UTF-16 code units, so JavaScript measures.
    const rows = await sql<{ id: string; text: string }>`select id, text from sources`.execute(db);
    for (const r of rows.rows) await sql`update sources set text_length = ${r.text.length} where id = ${r.id}`.execute(db);
    await db.schema.createIndex('sources_listing').on('sources')
      .columns(['name', 'id', 'kind', 'participant', 'revision', 'format', 'language', 'created_at', 'text_length', 'turn_count']).execute();
  },
};
