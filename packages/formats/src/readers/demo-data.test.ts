import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mapSpeakers, participantFromFileName } from '@polyphony/core';
import { readParticipantsCsv } from './read-participants-csv.js';
import { readTranscript } from './read-transcript.js';

const DEMO = '/work/shared/data/ips-meetings';
const present = existsSync(join(DEMO, 'metadata.csv'));

describe.skipIf(!present)('demo study (ips-meetings)', () => {
  it('metadata.csv gives 18 participants with 6 attribute columns', () => {
    const { participants, attributeNames } = readParticipantsCsv(readFileSync(join(DEMO, 'metadata.csv'), 'utf8'));
    expect(participants).toHaveLength(18);
    expect(attributeNames).toHaveLength(6);
    expect(participants.every((p) => p.perspective !== null && p.case !== null)).toBe(true);
  });

  it('every transcript has turns by the Interviewer or the participant named by the file', () => {
    const { participants } = readParticipantsCsv(readFileSync(join(DEMO, 'metadata.csv'), 'utf8'));
    const files = readdirSync(DEMO).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(18);
    for (const file of files) {
      const id = participantFromFileName(file, participants.map((p) => p.id));
      expect(id, file).toBe(file.replace(/\.txt$/, ''));
      const r = readTranscript(file, new Uint8Array(readFileSync(join(DEMO, file))));
      expect(new Set(r.turns.map((t) => t.speaker)), file).toEqual(new Set(['Interviewer', id]));
      const mapped = mapSpeakers(r.turns, { participants, sourceParticipant: id });
      expect(mapped.turns.every((t) => t.isInterviewer || t.participant === id), file).toBe(true);
    }
  });
});
