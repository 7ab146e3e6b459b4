// A second program that holds a read transaction on a project file, as a running server or a
// backup tool can: prints "reading" once its snapshot is taken, ends the transaction on an "end"
// line (printing "ended"), and closes when its stdin closes.
import Database from 'better-sqlite3';
import { createInterface } from 'node:readline';

const db = new Database(process.argv[2]);
db.exec('BEGIN');
db.prepare('SELECT count(*) AS n FROM sources').get();
process.stdout.write('reading\n');
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line !== 'end') return;
  db.exec('COMMIT');
  process.stdout.write('ended\n');
});
lines.on('close', () => {
  db.close();
  process.exit(0);
});
