import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Turn } from '@polyphony/core';
import { openProject, type Project } from '../src/index.js';

/** A fresh project file path in its own temp folder. */
export function tempFile(name = 'study.polyphony'): string {
  return join(mkdtempSync(join(tmpdir(), 'polyphony-store-')), name);
}

/** Turns for `Label: text` paragraphs separated by blank lines, as the formats package makes them. */
export function turnsOf(text: string, participants: Record<string, string | null>): Turn[] {
  const turns: Turn[] = [];
  let at = 0;
  for (const para of text.split('\n\n')) {
    const colon = para.indexOf(': ');
    const speaker = para.slice(0, colon);
    const participant = participants[speaker] ?? null;
    turns.push({ seq: turns.length, speaker, participant, isInterviewer: participant === null, start: at, end: at + para.length, textStart: at + colon + 2, startMs: null, endMs: null });
    at += para.length + 2;
  }
  return turns;
}

/** An English interview with J1 and a Norwegian group meeting with J2, T2 and S2. */
export const INTERVIEW = [
  'Interviewer: How was the meeting for you?',
  'J1: I wanted to talk about the mornings. Mornings are hard, and working early shifts worries me.',
  'Interviewer: Did you say so?',
  'J1: I said it, but nobody asked. The money worries me too, what happens if the job ends.',
].join('\n\n');

/** A bokmål group transcript. */
export const MEETING = [
  'J2: Jeg er bekymret for økonomien hvis jobben ikke går. Jeg har ikke sagt det til noen.',
  'T2: Hun arbeider godt, og vi har snakket om arbeidstiden.',
  'S2: Jeg kan bekrefte at støtten fortsetter. Okonomi er ikke noe problem.',
].join('\n\n');

/** A project with perspectives J/T/S, participants and the two sources. */
export async function seededProject(file = tempFile()): Promise<Project> {
  const p = await openProject(file, { create: true, actor: 'ada' });
  await p.upsertPerspectives([{ id: 'J', label: 'Jobseekers', sort: 0 }, { id: 'T', label: 'Therapists', sort: 1 }, { id: 'S', label: 'Social workers', sort: 2 }]);
  await p.upsertParticipants(['J1', 'J2', 'T2', 'S2'].map((id) => ({ id, perspective: id[0] ?? null, case: `G${id[1]}`, attributes: {}, status: 'active' as const })));
  await p.addSource({ name: 'J1', kind: 'interview', participant: 'J1', text: INTERVIEW, turns: turnsOf(INTERVIEW, { J1: 'J1' }), format: 'txt' });
  await p.addSource({ name: 'G2', kind: 'meeting', participant: null, text: MEETING, turns: turnsOf(MEETING, { J2: 'J2', T2: 'T2', S2: 'S2' }), format: 'txt' });
  return p;
}
