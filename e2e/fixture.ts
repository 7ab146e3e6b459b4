import type { Turn } from '@polyphony/core';
import { openProject } from '@polyphony/store';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The built web app every e2e server serves. */
export const WEB_ROOT = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

/** Debian's Chromium, headless, with nothing that calls home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TEXTS: Record<string, string> = {
  J1: 'Interviewer: How was the meeting for you?\nJ1: I felt heard for the first time. They asked what I wanted, not only what I could not do.\nInterviewer: Was there anything you missed?\nJ1: Nobody said what happens with my money if the job ends. That worried me the whole week after.',
  T1: 'Interviewer: How do you decide what to share?\nT1: I only explain what the jobseeker has agreed to. Sometimes I hold back more than I need to, just to be safe.',
  S1: 'Interviewer: What did you need from the meeting?\nS1: I needed to know how many hours she can work. I did not get a clear answer, so the decision waited another month.',
};

function turns(text: string): Turn[] {
  let at = 0;
  return text.split('\n').map((line, seq) => {
    const start = at;
    at += line.length + 1;
    const speaker = line.slice(0, line.indexOf(': '));
    const isInterviewer = speaker === 'Interviewer';
    return { seq, speaker, participant: isInterviewer ? null : speaker, isInterviewer, start, end: start + line.length, textStart: start + speaker.length + 2, startMs: null, endMs: null };
  });
}

/**
 * Collects what Chromium refuses under the server's Content-Security-Policy, on every page of
 * `context` (it says so on the console): the built app must run under the policy without one.
 */
export function recordCspViolations(context: BrowserContext): string[] {
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * A small three-perspective study (until `polyphony demo` lands): a jobseeker, a therapist and a
 * social worker of one collaborating group, with one theme per perspective and one cross-cutting.
 */
export async function buildStudy(dir: string): Promise<string> {
  const file = join(dir, 'study.polyphony');
  const p = await openProject(file, { create: true, actor: 'e2e' });
  await p.setName('IPS meetings study');
  await p.upsertPerspectives([
    { id: 'J', label: 'Jobseekers', sort: 0 },
    { id: 'T', label: 'Therapists', sort: 1 },
    { id: 'S', label: 'Social workers', sort: 2 },
  ]);
  await p.upsertCases([{ id: 'G1', label: 'G1' }]);
  await p.upsertParticipants(['J1', 'T1', 'S1'].map((id) => ({ id, perspective: id.slice(0, 1), case: 'G1', attributes: {}, status: 'active' as const })));
  for (const [who, text] of Object.entries(TEXTS)) {
    await p.addSource({ name: `${who} interview`, kind: 'interview', participant: who, text, turns: turns(text), format: 'txt' });
  }
  const money = await p.createCode({ name: 'Money if the job ends' });
  const holding = await p.createCode({ name: 'Holding back' });
  const hours = await p.createCode({ name: 'Unclear work capacity' });
  await p.code({ source: 'J1 interview', code: money.id, quote: 'Nobody said what happens with my money if the job ends.' });
  await p.code({ source: 'T1 interview', code: holding.id, quote: 'Sometimes I hold back more than I need to' });
  await p.code({ source: 'S1 interview', code: hours.id, quote: 'I did not get a clear answer' });
  const safety = await p.createTheme({ name: 'An unspoken safety net', perspective: 'J', codes: [money.id] });
  await p.createTheme({ name: 'Worry after the meeting', perspective: 'J', parent: safety.id });
  await p.createTheme({ name: 'Careful disclosure', perspective: 'T', codes: [holding.id] });
  await p.createTheme({ name: 'Decisions that wait', perspective: 'S', codes: [hours.id] });
  await p.createTheme({ name: 'Information that never arrives', perspective: null, relation: 'complementary', codes: [money.id, hours.id], summaries: { J: 'Missing answers about income.', S: 'Missing answers about capacity.' } });
  await p.close();
  return file;
}
