/**
 * Property test of the participants CSV reader through the import into a real SQLite project,
 * read by the import worker: a correct import (every row as written, whatever the quoting,
 * delimiter, byte-order mark or line ends) or a clean refusal that changes nothing.
 */
import { checkName, type Participant } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { importFiles } from './import-files.js';
import { applyByteEdits, applyTextEdits, byteEdits, randomBytes, textEdits } from './test-support/mutations.js';
import { csvStyles, participantRows, participantsCsv } from './test-support/participants-csv.js';
import { Outcomes, expectCleanOutcome, propertyParameters, testTimeout, usePropertyRun } from './test-support/property-harness.js';

const { temp, parse } = usePropertyRun();
let project!: Project;

/** A project with one perspective and one participant: a refused file must leave both. */
const seeded = () =>
  temp.create(async (p) => {
    await p.upsertPerspectives([{ id: 'J', label: 'Jobseekers', sort: 0 }]);
    await p.upsertParticipants([{ id: 'J1', perspective: 'J', case: null, attributes: { age_band: '20–29' }, status: 'active' }]);
  });

beforeAll(async () => {
  project = await seeded();
});

/** Whether `name` passes the name rules unchanged (ADR 008): a file that breaks them is refused. */
function followsNameRules(name: string | null): boolean {
  if (name === null) return true;
  try {
    return checkName('participant id', name) === name;
  } catch {
    return false;
  }
}

/** The rows a file must import as written, or null when its names break the rules. */
function expectedRows(rows: readonly Participant[]): Participant[] | null {
  const ok = rows.every((r) => followsNameRules(r.id) && followsNameRules(r.perspective) && followsNameRules(r.case));
  return ok ? [...rows] : null;
}

/** Why the project's participants do not hold `rows` as written, or null. */
async function wrongParticipants(rows: readonly Participant[] | null): Promise<string | null> {
  if (rows === null) return null;
  const stored = new Map((await project.listParticipants()).map((p) => [p.id, p]));
  for (const row of rows) {
    const got = stored.get(row.id);
    const want = { ...row, attributes: { ...(got?.attributes ?? {}), ...row.attributes } };
    if (JSON.stringify(got && { ...got, attributes: want.attributes }) !== JSON.stringify(want)) {
      return `participant ${row.id} is ${JSON.stringify(got)}, not ${JSON.stringify(row)}`;
    }
  }
  return null;
}

describe('participants CSV reader, through the import into a real project', () => {
  it('csv: a correct import or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('participants csv');
    let imported = 0;
    const model = fc.tuple(participantRows(), csvStyles()).map(([rows, style]) => ({ rows, text: participantsCsv(rows, style) }));
    const encode = (s: string) => new TextEncoder().encode(s);
    const arb = fc.oneof(
      { weight: 3, arbitrary: model.map((m) => ({ bytes: encode(m.text), rows: expectedRows(m.rows) })) },
      { weight: 3, arbitrary: fc.tuple(model, textEdits()).map(([m, edits]) => ({ bytes: encode(applyTextEdits(m.text, edits)), rows: null })) },
      { weight: 2, arbitrary: fc.tuple(model, byteEdits()).map(([m, edits]) => ({ bytes: applyByteEdits(encode(m.text), edits), rows: null })) },
      { weight: 2, arbitrary: randomBytes('participant,perspective\n').map((bytes) => ({ bytes, rows: null })) },
    );
    await fc.assert(
      fc.asyncProperty(arb, async (file) => {
        const csv = { name: 'people.csv', bytes: file.bytes };
        const outcome = await expectCleanOutcome(project, () => importFiles(project, [], { participantsCsv: csv, parser: parse }), {
          valid: file.rows !== null,
          check: () => wrongParticipants(file.rows),
        });
        outcomes.add(outcome);
        if (outcome === 'ok' && ++imported % 100 === 0) {
          // Keeps each case's before/after comparison cheap in a nightly-size run.
          await project.close();
          project = await seeded();
        }
      }),
      propertyParameters(),
    );
    console.log(outcomes.report());
  });
});
