-- table batches
CREATE TABLE "batches" ("id" text primary key, "seq" integer not null unique, "actor" text not null, "at" text not null, "kind" text not null, "reverts" text, "analytic" integer not null, "undone" integer not null);

-- table cases
CREATE TABLE "cases" ("id" text primary key, "label" text not null);

-- table coders
CREATE TABLE "coders" ("id" text primary key, "name" text not null);

-- table codes
CREATE TABLE "codes" ("id" text primary key, "name" text not null unique, "description" text not null, "color" text not null, "parent" text references "codes" ("id"), "created_by" text not null, "created_at" text not null);

-- table codings
CREATE TABLE "codings" ("id" text primary key, "code_id" text not null references "codes" ("id"), "segment_id" text not null references "segments" ("id"), "coder" text not null, "comment" text not null, "created_at" text not null, constraint "codings_once" unique ("code_id", "segment_id", "coder"));

-- index codings_segment
CREATE INDEX "codings_segment" on "codings" ("segment_id");

-- table copies
CREATE TABLE "copies" ("id" text primary key, "seq" integer not null unique, "at" text not null, "actor" text not null, "kind" text not null, "format" text not null, "path" text, "via" text not null);

-- table events
CREATE TABLE "events" ("id" integer primary key, "batch" text not null references "batches" ("id"), "actor" text not null, "at" text not null, "action" text not null, "entity" text not null, "entity_id" text not null, "before" text, "after" text);

-- index events_batch
CREATE INDEX "events_batch" on "events" ("batch");

-- table kysely_migration
CREATE TABLE "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);

-- table kysely_migration_lock
CREATE TABLE "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);

-- table memos
CREATE TABLE "memos" ("id" text primary key, "target_kind" text not null, "target_id" text, "author" text not null, "created_at" text not null, "text" text not null, "phase" integer);

-- table participants
CREATE TABLE "participants" ("id" text primary key, "perspective" text references "perspectives" ("id"), "case_id" text references "cases" ("id"), "attributes" text not null, "status" text not null);

-- table perspectives
CREATE TABLE "perspectives" ("id" text primary key, "label" text not null, "sort" integer not null);

-- table project
CREATE TABLE "project" ("id" text primary key, "name" text not null, "phase" integer not null, "created_at" text not null);

-- table segments
CREATE TABLE "segments" ("id" text primary key, "source_id" text not null references "sources" ("id"), "start_pos" integer not null, "end_pos" integer not null, "exact" text not null, "prefix" text not null, "suffix" text not null, "revision" integer not null, "status" text not null, "participant" text references "participants" ("id"));

-- index segments_participant
CREATE INDEX "segments_participant" on "segments" ("participant");

-- index segments_source
CREATE INDEX "segments_source" on "segments" ("source_id", "start_pos", "end_pos");

-- table sources
CREATE TABLE "sources" ("id" text primary key, "name" text not null unique, "kind" text not null, "participant" text references "participants" ("id"), "text" text not null, "revision" integer not null, "format" text not null, "language" text not null, "created_at" text not null, "text_length" integer, "turn_count" integer);

-- index sources_listing
CREATE INDEX "sources_listing" on "sources" ("name", "id", "kind", "participant", "revision", "format", "language", "created_at", "text_length", "turn_count");

-- table theme_codes
CREATE TABLE "theme_codes" ("theme_id" text not null references "themes" ("id"), "code_id" text not null references "codes" ("id"), "sort" integer not null, constraint "theme_codes_pk" primary key ("theme_id", "code_id"));

-- table theme_draws_on
CREATE TABLE "theme_draws_on" ("theme_id" text not null references "themes" ("id"), "draws_on" text not null references "themes" ("id"), "sort" integer not null, constraint "theme_draws_on_pk" primary key ("theme_id", "draws_on"));

-- table theme_exemplars
CREATE TABLE "theme_exemplars" ("theme_id" text not null references "themes" ("id"), "segment_id" text not null references "segments" ("id"), "sort" integer not null, constraint "theme_exemplars_pk" primary key ("theme_id", "segment_id"));

-- table themes
CREATE TABLE "themes" ("id" text primary key, "name" text not null unique, "definition" text not null, "status" text not null, "perspective" text references "perspectives" ("id"), "parent" text references "themes" ("id"), "relation" text, "note" text not null, "summaries" text not null, "sort" integer not null);

-- table turn_fts
CREATE VIRTUAL TABLE turn_fts USING fts5(text, stem, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');

-- table turn_fts_config
CREATE TABLE 'turn_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table turn_fts_data
CREATE TABLE 'turn_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table turn_fts_docsize
CREATE TABLE 'turn_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table turn_fts_idx
CREATE TABLE 'turn_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table turns
CREATE TABLE "turns" ("source_id" text not null references "sources" ("id"), "seq" integer not null, "speaker" text not null, "participant" text references "participants" ("id"), "is_interviewer" integer not null, "start_pos" integer not null, "end_pos" integer not null, "text_start" integer not null, "start_ms" integer, "end_ms" integer, "search_rowid" integer not null unique, constraint "turns_pk" primary key ("source_id", "seq"));

-- index turns_participant
CREATE INDEX "turns_participant" on "turns" ("participant");
