import type { Kysely, Migration } from 'kysely';

/**
 * Indexes for the lookups that grew hot once projects had 100,000 codings: codings by segment
 * (shared segments, withdrawal) and turns by participant (withdrawal from group transcripts).
 */
export const lookupIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('codings_segment').on('codings').column('segment_id').execute();
    await db.schema.createIndex('turns_participant').on('turns').column('participant').execute();
    await db.schema.createIndex('segments_participant').on('segments').column('participant').execute();
  },
};
