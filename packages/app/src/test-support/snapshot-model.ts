import { composeTranscript, describeSegment, type Code, type Memo, type Participant, type ProjectSnapshot, type Segment, type Source, type Theme } from '@polyphony/core';
import fc from 'fast-check';
import { turnModels, type TurnModel } from './transcript-files.js';

// Names as people give them, with characters XML must escape. Control characters and other name
// problems are left to the name-cleaning work (issue 7, item 7).
const NAMES = ['Arbeid', 'Glede 🎉', 'Dypt & <nestet>', 'Grenser', 'Økonomi', '"Sitat"', 'Being heard', 'Støtte', 'Tid', 'Håp'] as const;
const AT = '2024-03-01T10:00:00.000Z';

/**
 * Consistent project snapshots of every kind of content: perspectives, participants with
 * attributes, sources with speaker turns, a code tree, segments on real text, codings by one or
 * two coders, themes with subthemes, codes and exemplars, a cross-cutting theme, and memos.
 * Drawn with `fc.gen()` so that shrinking still finds small counterexamples.
 */
export function snapshots(): fc.Arbitrary<ProjectSnapshot> {
  return fc.tuple(fc.array(turnModels(), { minLength: 1, maxLength: 3 }), fc.gen()).map(([texts, g]) => build(texts, g));
}

function build(texts: TurnModel[][], g: fc.GeneratorValue): ProjectSnapshot {
  const pick = <T>(items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]!;
  const perspectives = [{ id: 'J', label: 'Jobbsøkere', sort: 0 }, { id: 'T', label: 'Terapeuter', sort: 1 }];
  const participants = Array.from({ length: g(fc.nat, { max: 3 }) }, (_, i): Participant => {
    const attributes: Record<string, string> = g(fc.boolean) ? { age_band: '30–39' } : {};
    return { id: `P${i + 1}`, perspective: pick(['J', 'T', null]), case: null, attributes, status: 'active' };
  });
  const coders = [{ id: 'ann', name: 'Ann Ås' }, { id: 'bjorn', name: 'Bjørn 🐻' }];
  const sources: Source[] = texts.map((turns, i) => {
    const composed = composeTranscript(turns.map((t) => ({ speaker: t.speaker, text: t.words })));
    return {
      id: `src-${i + 1}`, name: `Intervju ${i + 1}`, kind: 'interview', participant: participants.length > 0 ? pick([...participants.map((p) => p.id), null]) : null,
      text: composed.text, revision: 1, format: 'txt', createdAt: AT, turns: composed.turns,
    };
  });
  const codeCount = g(fc.integer, { min: 1, max: NAMES.length });
  const codes: Code[] = [];
  for (let i = 0; i < codeCount; i++) {
    codes.push({ id: `c-${i + 1}`, name: NAMES[i]!, description: pick(['', 'Alt om jobb', 'to\nlinjer']), color: pick(['#0072b2', '#e69f00']), parent: i > 0 && g(fc.boolean) ? codes[g(fc.nat, { max: i - 1 })]!.id : null, createdBy: 'ann', createdAt: AT });
  }
  const segments: Segment[] = [];
  for (const source of sources) {
    for (let k = g(fc.nat, { max: 3 }); k > 0; k--) {
      const start = g(fc.nat, { max: Math.max(0, source.text.length - 1) });
      const end = Math.min(source.text.length, start + 1 + g(fc.nat, { max: 40 }));
      try {
        const anchor = describeSegment(source.text, start, end);
        segments.push({ id: `seg-${segments.length + 1}`, source: source.id, ...anchor, revision: 1, status: 'anchored', participant: null });
      } catch {
        // An end inside an emoji: no segment here.
      }
    }
  }
  const codings = segments.flatMap((s, i) => {
    const code = pick(codes).id;
    return g(fc.boolean) ? [{ id: `k-${i}-a`, code, segment: s.id, coder: 'ann', comment: '', createdAt: AT }, { id: `k-${i}-b`, code, segment: s.id, coder: 'bjorn', comment: 'enig', createdAt: AT }] : [{ id: `k-${i}`, code, segment: s.id, coder: pick(['ann', 'bjorn']), comment: '', createdAt: AT }];
  });
  const themes: Theme[] = [];
  const theme = (id: string, name: string, perspective: string | null, parent: string | null): Theme => ({
    id, name, definition: 'Definisjon', status: pick(['candidate', 'reviewed', 'defined'] as const), perspective, parent,
    codes: codes.filter(() => g(fc.boolean)).map((c) => c.id), exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort: themes.length,
  });
  if (g(fc.boolean)) {
    themes.push(theme('th-1', 'Å bli sett', 'J', null));
    if (g(fc.boolean)) themes.push(theme('th-1a', 'Små seire', 'J', 'th-1'));
    if (g(fc.boolean)) themes.push({ ...theme('th-x', 'Samarbeid på tvers', null, null), relation: 'complementary', note: 'Utfyller', summaries: { J: 'Vil bli sett', T: 'Vil beskytte' }, drawsOn: ['th-1'] });
  }
  const memos: Memo[] = [];
  if (g(fc.boolean)) memos.push({ id: 'm-1', targetKind: 'project', targetId: null, author: 'ann', createdAt: AT, text: 'Refleksjon 🧭', phase: 1 });
  if (g(fc.boolean)) memos.push({ id: 'm-2', targetKind: 'code', targetId: codes[0]!.id, author: 'bjorn', createdAt: AT, text: 'Brukes om <grenser> & sånt', phase: null });
  return {
    id: '2f0c6a55-0000-4000-8000-000000000001', name: 'Samarbeid & «IPS»', phase: 3, perspectives, cases: [], participants, coders,
    sources, codes, segments, codings, memos, themes,
  };
}
