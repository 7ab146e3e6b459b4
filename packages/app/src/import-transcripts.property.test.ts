/**
 * Property tests of the transcript readers (txt, docx, WebVTT, SRT) through the batch import
 * into a real SQLite project, read by the import worker as the server reads uploads. For every
 * generated file: a correct import (checked against the model it was written from, when it was
 * not mutated), or a clean refusal that leaves the project exactly as it was; never another
 * exception, never a hang. `PROPERTY_RUNS` sets the number of files per reader.
 */
import { normaliseText, type Source } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, type FileImportResult } from './import-files.js';
import type { InputFile } from './parse-input.js';
import { applyByteEdits, applyTextEdits, byteEdits, randomBytes, textEdits } from './test-support/mutations.js';
import {
  Outcomes, expectCleanOutcome, propertyParameters, testTimeout, usePropertyRun,
} from './test-support/property-harness.js';
import {
  docxFile, docxXml, expectedCueTurns, expectedTurns, srtFile, turnModels, txtFile, vttFile, type TurnModel,
} from './test-support/transcript-files.js';

/** A generated file: its bytes and, when it was written from a model unchanged, the turns to expect. */
interface Generated {
  bytes: Uint8Array;
  expected: Array<[string, string]> | null;
}

const { temp, parse } = usePropertyRun();
let project!: Project;
let imported = 0;
let fileNumber = 0;

/** A project with a participant, a coded source and a code: failures must leave all of it. */
async function seeded(): Promise<Project> {
  return temp.create(async (p) => {
    await p.upsertPerspectives([{ id: 'J', label: 'Jobseekers', sort: 0 }]);
    await p.upsertParticipants([{ id: 'J1', perspective: 'J', case: null, attributes: {}, status: 'active' }]);
    await importFiles(p, [{ name: 'J1 first.txt', bytes: new TextEncoder().encode('Intervjuer: Hei.\n\nJ1: Jeg fikk jobb på bakeriet.') }]);
    await p.createCode({ name: 'Work', description: '' });
    await p.code({ source: 'J1 first', code: 'Work', quote: 'fikk jobb' });
  });
}

beforeAll(async () => {
  project = await seeded();
});

/** Why a stored source is not what a reader must make of a file, or null. */
function wrongSource(source: Source, expected: Array<[string, string]> | null): string | null {
  const { text, turns } = source;
  if (normaliseText(text) !== text) return 'the stored text is not normalised';
  let at = 0;
  for (const t of turns) {
    if (!(t.start >= at && t.start <= t.textStart && t.textStart <= t.end && t.end <= text.length)) return `turn ${t.seq} is out of order or outside the text`;
    at = t.end;
  }
  if (expected === null) return null;
  const got = turns.map((t) => [t.speaker, text.slice(t.textStart, t.end)]);
  return JSON.stringify(got) === JSON.stringify(expected) ? null : `turns ${JSON.stringify(got)} instead of ${JSON.stringify(expected)}`;
}

/** Imports one generated file and checks the invariant; a project that grew is replaced now and then. */
async function importOnce(extension: string, file: Generated, outcomes: Outcomes): Promise<void> {
  fileNumber += 1;
  const input: InputFile = { name: `case ${fileNumber}.${extension}`, bytes: file.bytes };
  const outcome = await expectCleanOutcome(project, () => importFiles(project, [input], { parser: parse }), {
    valid: file.expected !== null,
    refused: (r) => {
      const result: FileImportResult | undefined = r.results[0];
      return result?.status === 'failed' ? { code: result.error?.code ?? '?', message: result.error?.message ?? '' } : null;
    },
    check: async (r) => {
      const result = r.results[0];
      if (result?.status !== 'imported') return `status ${result?.status} for a new file name`;
      return wrongSource(await project.getSource(result.source ?? ''), file.expected);
    },
  });
  outcomes.add(outcome);
  if (outcome === 'ok' && ++imported % 100 === 0) {
    // Keeps each case's before/after comparison cheap in a nightly-size run.
    await project.close();
    project = await seeded();
  }
}

/** Model files, the same mutated as text or as bytes, and random bytes. */
function files(fromModel: (turns: TurnModel[]) => fc.Arbitrary<Generated>, text: (bytes: Uint8Array) => string | null, ...signatures: string[]): fc.Arbitrary<Generated> {
  const model = turnModels().chain(fromModel);
  return fc.oneof(
    { weight: 3, arbitrary: model },
    { weight: 3, arbitrary: fc.tuple(model, textEdits()).map(([g, edits]) => {
      const source = text(g.bytes);
      return { bytes: source === null ? g.bytes : new TextEncoder().encode(applyTextEdits(source, edits)), expected: null };
    }) },
    { weight: 2, arbitrary: fc.tuple(model, byteEdits()).map(([g, edits]) => ({ bytes: applyByteEdits(g.bytes, edits), expected: null })) },
    { weight: 2, arbitrary: randomBytes(...signatures).map((bytes) => ({ bytes, expected: null })) },
  );
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('transcript readers, through the import into a real project', () => {
  it('txt: a correct import or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('txt');
    const style = fc.record({ lineEnd: fc.constantFrom('\n' as const, '\r\n' as const), blankLines: fc.boolean(), bom: fc.boolean() });
    const arb = files((turns) => style.map((s) => ({ bytes: txtFile(turns, s), expected: expectedTurns(turns) })), decode, 'J1: ');
    await fc.assert(fc.asyncProperty(arb, (f) => importOnce('txt', f, outcomes)), propertyParameters());
    console.log(outcomes.report());
  });

  it('docx: a correct import or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('docx');
    // Near-valid: the document XML mutated and zipped again (a valid zip with broken XML).
    const model = turnModels().chain((turns) => fc.array(fc.nat(), { maxLength: 4 }).map((cuts) => ({ turns, xml: docxXml(turns, cuts) })));
    const arb = fc.oneof(
      { weight: 3, arbitrary: model.map((m): Generated => ({ bytes: docxFile(m.xml), expected: expectedTurns(m.turns) })) },
      { weight: 3, arbitrary: fc.tuple(model, textEdits()).map(([m, edits]): Generated => ({ bytes: docxFile(applyTextEdits(m.xml, edits)), expected: null })) },
      { weight: 2, arbitrary: fc.tuple(model, byteEdits()).map(([m, edits]): Generated => ({ bytes: applyByteEdits(docxFile(m.xml), edits), expected: null })) },
      { weight: 2, arbitrary: randomBytes('PK\u0003\u0004').map((bytes): Generated => ({ bytes, expected: null })) },
    );
    await fc.assert(fc.asyncProperty(arb, (f) => importOnce('docx', f, outcomes)), propertyParameters());
    console.log(outcomes.report());
  });

  it('vtt: a correct import or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('vtt');
    const arb = files((turns) => fc.boolean().map((voice) => ({ bytes: vttFile(turns, voice), expected: expectedCueTurns(turns) })), decode, 'WEBVTT\n\n');
    await fc.assert(fc.asyncProperty(arb, (f) => importOnce('vtt', f, outcomes)), propertyParameters());
    console.log(outcomes.report());
  });

  it('srt: a correct import or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('srt');
    // SubRip has no escapes, so `<…>` in the words would be a tag: write them with a look-alike.
    const plain = (turns: TurnModel[]) => turns.map((t) => ({ ...t, words: t.words.replace(/</g, '‹') }));
    const arb = files((turns) => fc.constant({ bytes: srtFile(plain(turns)), expected: expectedCueTurns(plain(turns)) }), decode, '1\n00:00:01,000 --> ');
    await fc.assert(fc.asyncProperty(arb, (f) => importOnce('srt', f, outcomes)), propertyParameters());
    console.log(outcomes.report());
  });

  it('keeps its seeded project intact', async () => {
    expect((await project.listCodes()).map((c) => c.name)).toEqual(['Work']);
  });
});
