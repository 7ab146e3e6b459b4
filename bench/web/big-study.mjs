// A big study for the web benchmark, built as one snapshot and loaded into an empty project
// (the fastest way through the store's API): one transcript of about 300,000 words in speaker
// turns, 5,000 codings over it, 1,000 codes, themes on the board, and a tiny transcript that
// serves as the baseline for every figure.
import { randomUUID } from 'node:crypto';
import { openProject } from '@polyphony/store';
import { rng } from '../corpus.mjs';

const VOCABULARY = `the and to of a i it that in was you we they but so what about my with have for not be
meeting job work therapist support worried money hours mornings colleague nurse employer talk explain
listened heard safety net income benefits part time full time pressure succeed plan agenda topic consent
information capacity follow up response challenge progress specialist social worker welfare office
feeling relieved tired anxious sleep schedule shift garden centre warehouse kitchen boss manager trial
period contract training course certificate application recovery week month year today because maybe`.split(/\s+/);

const SPEAKERS = ['Interviewer', 'J1', 'T1', 'S1'];
const NOW = '2025-01-01T00:00:00.000Z';

/** Builds a transcript of `words` words in turns of about `perTurn` words: text and turns. */
function transcript(random, words, perTurn) {
  let text = '';
  const turns = [];
  let written = 0;
  for (let seq = 0; written < words; seq++) {
    const speaker = SPEAKERS[seq % SPEAKERS.length];
    const n = Math.max(8, Math.round(perTurn * (0.4 + random() * 1.2)));
    const sentence = [];
    for (let i = 0; i < n; i++) sentence.push(VOCABULARY[Math.floor(random() * random() * VOCABULARY.length)]);
    const body = sentence.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    if (text) text += '\n';
    const start = text.length;
    text += `${speaker}: ${body}`;
    const isInterviewer = speaker === 'Interviewer';
    turns.push({ seq, speaker, participant: isInterviewer ? null : speaker, isInterviewer, start, end: text.length, textStart: start + speaker.length + 2, startMs: seq * 20_000, endMs: seq * 20_000 + 19_000 });
    written += n;
  }
  return { text, turns };
}

/** Segments inside the given turns, spread evenly, each with one coding of a code drawn at random. */
function codeTurns(random, source, text, turns, count, codes, coder) {
  const segments = [];
  const codings = [];
  for (let i = 0; i < count; i++) {
    const turn = turns[Math.floor((i / count) * turns.length)];
    const length = turn.end - turn.textStart;
    const start = turn.textStart + Math.floor(random() * length * 0.6);
    const end = Math.min(turn.end, start + 20 + Math.floor(random() * 120));
    const id = randomUUID();
    segments.push({ id, source, start, end, exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), revision: 1, status: 'anchored', participant: turn.participant });
    codings.push({ id: randomUUID(), code: codes[Math.floor(random() * codes.length)].id, segment: id, coder, comment: '', createdAt: NOW });
  }
  return { segments, codings };
}

/**
 * Writes the big study to `file` and returns what the benchmark needs to find in it: source
 * names, sizes, and the name of a code to apply.
 */
export async function buildBigStudy(file, { words = 300_000, codings = 5_000, codes: codeCount = 1_000 } = {}) {
  const random = rng(7);
  const big = transcript(random, words, 60);
  const tiny = transcript(random, 120, 30);
  const codes = Array.from({ length: codeCount }, (_, i) => ({
    id: randomUUID(), name: `Code ${String(i + 1).padStart(4, '0')}`, description: '', color: `#${((i * 2654435761) >>> 8 & 0xffffff).toString(16).padStart(6, '0')}`,
    parent: null, createdBy: 'bench', createdAt: NOW,
  }));
  const bigId = randomUUID();
  const tinyId = randomUUID();
  const bigCoded = codeTurns(random, bigId, big.text, big.turns.filter((t) => !t.isInterviewer), codings, codes, 'bench');
  const tinyCoded = codeTurns(random, tinyId, tiny.text, tiny.turns.filter((t) => !t.isInterviewer), 3, codes, 'bench');
  const perspectives = [{ id: 'J', label: 'Jobseekers', sort: 0 }, { id: 'T', label: 'Therapists', sort: 1 }, { id: 'S', label: 'Social workers', sort: 2 }];
  // Themes hold every code: 40 per perspective and 10 cross-cutting, 20 codes each.
  const themes = [];
  for (let i = 0; i < 50; i++) {
    const perspective = i < 40 ? perspectives[i % 3].id : null;
    themes.push({ id: randomUUID(), name: `Theme ${i + 1}`, definition: '', status: 'candidate', perspective, parent: null, codes: codes.slice(i * 20, i * 20 + 20).map((c) => c.id), exemplars: [], relation: perspective ? null : 'convergent', note: '', summaries: {}, drawsOn: [], sort: i });
  }
  const snapshot = {
    id: randomUUID(), name: 'Big study (benchmark)', phase: 2, perspectives, cases: [{ id: 'G1', label: 'G1' }],
    participants: ['J1', 'T1', 'S1'].map((id) => ({ id, perspective: id[0], case: 'G1', attributes: {}, status: 'active' })),
    coders: [{ id: 'bench', name: 'bench' }],
    sources: [
      { id: bigId, name: 'Big meeting', kind: 'meeting', participant: null, text: big.text, revision: 1, turns: big.turns, format: 'txt', createdAt: NOW },
      { id: tinyId, name: 'Tiny interview', kind: 'interview', participant: null, text: tiny.text, revision: 1, turns: tiny.turns, format: 'txt', createdAt: NOW },
    ],
    codes, segments: [...bigCoded.segments, ...tinyCoded.segments], codings: [...bigCoded.codings, ...tinyCoded.codings], memos: [], themes,
  };
  const project = await openProject(file, { create: true, actor: 'bench' });
  try {
    await project.loadSnapshot(snapshot);
  } finally {
    await project.close();
  }
  return {
    big: { id: bigId, name: 'Big meeting', words: big.text.split(/\s+/).length, turns: big.turns.length, codings: bigCoded.codings.length },
    tiny: { id: tinyId, name: 'Tiny interview', words: tiny.text.split(/\s+/).length, turns: tiny.turns.length, codings: tinyCoded.codings.length },
    codes: codes.length, themes: themes.length,
  };
}
