import { words } from '@polyphony/core';
import type Database from 'better-sqlite3';

/**
 * SQLite only: whether any turn in the project says a passage word for word — asked after the
 * withdrawn participant's turns left the search index, so a hit is someone else (another
 * participant, an interviewer). Words of the passage as the index tokenises them; the phrase
 * is searched in the text column, not the stems.
 */
export function sharedElsewhere(db: Database.Database): (passage: string) => boolean {
  const phrase = db.prepare<[string], { x: number }>('SELECT 1 AS x FROM turn_fts WHERE turn_fts MATCH ? LIMIT 1');
  return (passage) => {
    const terms = words(passage);
    // Terms hold only letters, digits and marks: nothing in them can break out of the quotes.
    return terms.length > 0 && phrase.get(`text : "${terms.join(' ')}"`) !== undefined;
  };
}
