/**
 * SQLite only: the FTS5 search index over speaker turns. Contentless (`content=''`) so the text is
 * stored once, in `sources.text`; `contentless_delete=1` lets a row be removed by rowid (withdrawal,
 * re-import). Column `text` holds the spoken words, `stem` the same words stemmed in the source's
 * language. unicode61 folds case (also Æ Ø Å) and `remove_diacritics 0` keeps ø a letter of its own.
 */
export const CREATE_TURN_FTS =
  `CREATE VIRTUAL TABLE turn_fts USING fts5(text, stem, content='', contentless_delete=1, ` +
  `tokenize='unicode61 remove_diacritics 0')`;

/** Name of the FTS5 table. */
export const TURN_FTS = 'turn_fts';
