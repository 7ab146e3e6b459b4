/**
 * Property tests of the REFI-QDA readers (.qdpx projects, .qdc codebooks) through their use
 * cases into real SQLite projects, read by the import worker. Files are exported from generated
 * projects and then damaged: the XML of project.qde edited and zipped again, the Polyphony data
 * note's JSON given wrong shapes, the zip's bytes edited, or replaced by random bytes. The
 * invariant: a correct import or a clean refusal that changes nothing; never another exception.
 */
import { parseInput } from './parse-input.js';
import { decodeXmlReferences, exportQdc, exportQdpx } from '@polyphony/formats';
import { cleanCodebookNames, type ProjectSnapshot } from '@polyphony/core';
import type { Project } from '@polyphony/store';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, it } from 'vitest';
import { importQdcFile, importQdpxFile } from './import-interchange.js';
import { mutateJson } from './test-support/json-mutation.js';
import { applyByteEdits, applyTextEdits, byteEdits, randomBytes, textEdits } from './test-support/mutations.js';
import { Outcomes, expectCleanOutcome, propertyParameters, testTimeout, usePropertyRun } from './test-support/property-harness.js';
import { snapshots } from './test-support/snapshot-model.js';

const { temp, parse } = usePropertyRun();

const NOTE = /(<Note [^>]*name="Polyphony project data"[^>]*>\s*<PlainTextContent>)([^<]*)(<\/PlainTextContent>)/;
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rewrites the project.qde of a .qdpx. */
function withQde(qdpx: Uint8Array, edit: (qde: string) => string): Uint8Array {
  const files = unzipSync(qdpx);
  files['project.qde'] = strToU8(edit(strFromU8(files['project.qde']!)));
  return zipSync(files);
}

/** A generated .qdpx: its bytes, and the snapshot it must import as when it was not damaged. */
interface QdpxCase {
  bytes: Uint8Array;
  model: ProjectSnapshot | null;
}

function qdpxCases(): fc.Arbitrary<QdpxCase> {
  const exported = snapshots().map((s) => ({ model: s, bytes: exportQdpx(s, { now: new Date('2024-03-01T12:00:00Z') }) }));
  return fc.oneof(
    { weight: 3, arbitrary: exported },
    { weight: 3, arbitrary: fc.tuple(exported, textEdits()).map(([c, edits]) => ({ bytes: withQde(c.bytes, (qde) => applyTextEdits(qde, edits)), model: null })) },
    { weight: 2, arbitrary: fc.tuple(exported, fc.gen()).map(([c, g]) => ({
      bytes: withQde(c.bytes, (qde) => qde.replace(NOTE, (_, open: string, json: string, close: string) => open + escapeXml(JSON.stringify(mutateJson(JSON.parse(decodeXmlReferences(json)), g))) + close)),
      model: null,
    })) },
    { weight: 1, arbitrary: fc.tuple(exported, byteEdits()).map(([c, edits]) => ({ bytes: applyByteEdits(c.bytes, edits), model: null })) },
    { weight: 1, arbitrary: randomBytes('PK\u0003\u0004').map((bytes) => ({ bytes, model: null })) },
  );
}

/** Why the project does not hold what `model` holds (texts, codes, segments, codings, themes, memos), or null. */
function wrongProject(got: ProjectSnapshot, model: ProjectSnapshot | null): string | null {
  for (const s of got.segments) {
    const source = got.sources.find((x) => x.id === s.source);
    if (source?.text.slice(s.start, s.end) !== s.exact) return `segment ${s.id} does not quote its source`;
  }
  if (model === null) return null;
  const codeName = (snap: ProjectSnapshot, id: string | null) => snap.codes.find((c) => c.id === id)?.name ?? null;
  const sourceName = (snap: ProjectSnapshot, id: string) => snap.sources.find((x) => x.id === id)?.name;
  const view = (snap: ProjectSnapshot) => ({
    sources: snap.sources.map((s) => [s.name, s.text]).sort(),
    codes: snap.codes.map((c) => [c.name, codeName(snap, c.parent), c.color, c.description]).sort(),
    segments: snap.segments.map((s) => [sourceName(snap, s.source), s.start, s.end, s.exact]).sort(),
    codings: snap.codings.length,
    themes: snap.themes.map((t) => [t.name, t.perspective, t.codes.map((c) => codeName(snap, c)).sort()]).sort(),
    memos: snap.memos.map((m) => m.text).sort(),
    participants: snap.participants.map((p) => [p.id, p.perspective]).sort(),
  });
  const [a, b] = [JSON.stringify(view(got)), JSON.stringify(view(model))];
  return a === b ? null : `imported ${a}\n  expected ${b}`;
}

describe('REFI-QDA readers, through the import into real projects', () => {
  it('qdpx: a correct import or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('qdpx');
    let project = await temp.create();
    // A .qdpx only goes into an empty project: after anything but a clean refusal (an import,
    // or a failure while fast-check shrinks one) the next case gets a new one.
    let used = false;
    await fc.assert(
      fc.asyncProperty(qdpxCases(), async (c) => {
        if (used) {
          await project.close();
          project = await temp.create();
        }
        used = true;
        const outcome = await expectCleanOutcome(project, () => importQdpxFile(project, { name: 'case.qdpx', bytes: c.bytes }, parse), {
          valid: c.model !== null,
          check: async () => wrongProject(await project.snapshot(), c.model),
        });
        outcomes.add(outcome);
        used = outcome === 'ok';
      }),
      propertyParameters(),
    );
    console.log(outcomes.report());
  });

  it('qdc: a correct merge or a clean refusal that changes nothing', { timeout: testTimeout() }, async () => {
    const outcomes = new Outcomes('qdc');
    const seed = async (p: Project) => {
      await p.upsertPerspectives([{ id: 'J', label: 'Jobbsøkere', sort: 0 }]);
      await p.createCode({ name: 'Arbeid', description: 'fra før' });
    };
    let project = await temp.create(seed);
    let merged = 0;
    const exported = snapshots().map((s) => exportQdc(s));
    const arb = fc.oneof(
      { weight: 3, arbitrary: exported.map((xml) => ({ bytes: strToU8(xml), valid: true })) },
      { weight: 4, arbitrary: fc.tuple(exported, textEdits()).map(([xml, edits]) => ({ bytes: strToU8(applyTextEdits(xml, edits)), valid: false })) },
      { weight: 1, arbitrary: fc.tuple(exported, byteEdits()).map(([xml, edits]) => ({ bytes: applyByteEdits(strToU8(xml), edits), valid: false })) },
      { weight: 2, arbitrary: randomBytes('<?xml version="1.0"?><CodeBook>').map((bytes) => ({ bytes, valid: false })) },
    );
    await fc.assert(
      fc.asyncProperty(arb, async (c) => {
        const file = { name: 'codebook.qdc', bytes: c.bytes };
        const outcome = await expectCleanOutcome(project, () => importQdcFile(project, file, parse), {
          valid: c.valid,
          check: async (report) => {
            // Every code of the file is in the project by name (as the name rules clean it, ADR 008).
            const { codes } = cleanCodebookNames(parseInput('qdc', file));
            const have = new Map((await project.listCodes()).map((x) => [x.name, x]));
            const missing = codes.filter((x) => !have.has(x.name)).map((x) => x.name);
            if (missing.length > 0) return `codes not merged: ${missing.join(', ')}`;
            if (report.created + report.existing !== codes.length) return `${report.created} created + ${report.existing} existing for ${codes.length} codes`;
            return null;
          },
        });
        outcomes.add(outcome);
        if (outcome === 'ok' && ++merged % 50 === 0) {
          await project.close();
          project = await temp.create(seed);
        }
      }),
      propertyParameters(),
    );
    console.log(outcomes.report());
  });
});
