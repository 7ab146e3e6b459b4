import type { Turn } from '@polyphony/core';
import { openProject, type Project } from '@polyphony/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The interview every API test reads: two turns, a jobseeker and an interviewer. */
export const INTERVIEW = 'Interviewer: How did the meeting go?\nJ1: I felt heard, and we talked about the money if the job ends.';

function turnsOf(text: string): Turn[] {
  let at = 0;
  return text.split('\n').map((line, seq) => {
    const start = at;
    at += line.length + 1;
    const colon = line.indexOf(': ');
    const speaker = line.slice(0, colon);
    const isInterviewer = speaker === 'Interviewer';
    return {
      seq, speaker, participant: isInterviewer ? null : speaker, isInterviewer,
      start, end: start + line.length, textStart: start + colon + 2, startMs: null, endMs: null,
    };
  });
}

/** A real SQLite project in a temp folder with one perspective, participant and interview. */
export async function buildProject(): Promise<{ project: Project; file: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'polyphony-server-'));
  const file = join(dir, 'test.polyphony');
  const project = await openProject(file, { create: true, actor: 'tester' });
  await project.setName('Test study');
  await project.upsertPerspectives([{ id: 'J', label: 'Jobseekers', sort: 0 }]);
  await project.upsertCases([{ id: 'G1', label: 'Group 1' }]);
  await project.upsertParticipants([{ id: 'J1', perspective: 'J', case: 'G1', attributes: {}, status: 'active' }]);
  await project.addSource({ name: 'J1 interview', kind: 'interview', participant: 'J1', text: INTERVIEW, turns: turnsOf(INTERVIEW), format: 'txt' });
  return {
    project,
    file,
    async cleanup() {
      await project.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
