import type { ProjectSnapshot, Segment, Source } from '@polyphony/core';

/**
 * A small but rich project for REFI-QDA tests: Norwegian letters and emoji in text and names,
 * two coders, nested codes, themes with a subtheme and a cross-cutting theme with summaries,
 * memos on every kind of target, and participants with attributes. Test helper only.
 */
export function richSnapshot(): ProjectSnapshot {
  const t1 = 'J1: Jeg fikk jobb på bakeriet 🎉 og det var godt.\nIntervjuer: Hva skjedde så?\nJ1: Sjefen sa «bra» 👍🏽, og æøå ÆØÅ.';
  const t2 = 'T1: Vi snakket om arbeidsevne & <grenser> "i dag".\nT1: Terapeuten 🧠 forklarte.';
  const sources: Source[] = [source('src-1', 'Intervju J1 😀', t1, 'J1'), source('src-2', 'Intervju T1', t2, 'T1')];
  const seg = (id: string, src: Source, quote: string, participant: string | null): Segment => {
    const start = src.text.indexOf(quote);
    if (start < 0) throw new Error(`quote not in ${src.id}: ${quote}`);
    const end = start + quote.length;
    return {
      id, source: src.id, start, end, exact: quote,
      prefix: src.text.slice(Math.max(0, start - 32), start), suffix: src.text.slice(end, end + 32),
      revision: src.revision, status: 'anchored', participant,
    };
  };
  const [s1, s2] = sources as [Source, Source];
  const segments = [
    seg('seg-1', s1, 'bakeriet 🎉 og', 'J1'),
    seg('seg-2', s1, '«bra» 👍🏽, og æøå', 'J1'),
    seg('seg-3', s2, 'arbeidsevne & <grenser>', 'T1'),
    seg('seg-4', s2, 'Terapeuten 🧠', 'T1'),
  ];
  const at = '2024-03-01T10:00:00.000Z';
  return {
    id: '2f0c6a55-0000-4000-8000-000000000001',
    name: 'Samarbeid & «IPS» 🤝',
    phase: 4,
    perspectives: [
      { id: 'J', label: 'Jobbsøkere', sort: 0 },
      { id: 'T', label: 'Terapeuter', sort: 1 },
    ],
    cases: [{ id: 'G1', label: 'Gruppe 1' }],
    participants: [
      { id: 'J1', perspective: 'J', case: 'G1', attributes: { age_band: '30–39', gender: 'kvinne' }, status: 'active' },
      { id: 'T1', perspective: 'T', case: 'G1', attributes: { profession: 'psykolog' }, status: 'active' },
    ],
    coders: [
      { id: 'ann', name: 'Ann Ås' },
      { id: 'bjorn', name: 'Bjørn 🐻' },
    ],
    sources,
    codes: [
      { id: 'c-work', name: 'Arbeid', description: 'Alt om jobb', color: '#0072b2', parent: null, createdBy: 'ann', createdAt: at },
      { id: 'c-joy', name: 'Glede 🎉', description: '', color: '#e69f00', parent: 'c-work', createdBy: 'ann', createdAt: at },
      { id: 'c-deep', name: 'Dypt & <nestet>', description: 'Nivå 3 "sitat"', color: '#009e73', parent: 'c-joy', createdBy: 'bjorn', createdAt: at },
      { id: 'c-limits', name: 'Grenser', description: 'æøå\nto linjer', color: '#cc79a7', parent: null, createdBy: 'bjorn', createdAt: at },
    ],
    segments,
    codings: [
      { id: 'k-1', code: 'c-joy', segment: 'seg-1', coder: 'ann', comment: '', createdAt: at },
      { id: 'k-2', code: 'c-joy', segment: 'seg-1', coder: 'bjorn', comment: 'enig 👍', createdAt: '2024-03-02T11:30:00.000Z' },
      { id: 'k-3', code: 'c-deep', segment: 'seg-2', coder: 'ann', comment: '', createdAt: at },
      { id: 'k-4', code: 'c-limits', segment: 'seg-3', coder: 'bjorn', comment: '', createdAt: at },
      { id: 'k-5', code: 'c-work', segment: 'seg-4', coder: 'ann', comment: '', createdAt: at },
    ],
    memos: [
      { id: 'm-1', targetKind: 'project', targetId: null, author: 'ann', createdAt: at, text: 'Refleksjon: min bakgrunn 🧭', phase: 1 },
      { id: 'm-2', targetKind: 'source', targetId: 'src-1', author: 'bjorn', createdAt: at, text: 'Lang og god samtale.', phase: null },
      { id: 'm-3', targetKind: 'code', targetId: 'c-limits', author: 'ann', createdAt: at, text: 'Brukes om <grenser> & sånt', phase: null },
      { id: 'm-4', targetKind: 'theme', targetId: 'th-1', author: 'bjorn', createdAt: at, text: 'Kjernetema', phase: null },
      { id: 'm-5', targetKind: 'coding', targetId: 'k-2', author: 'bjorn', createdAt: at, text: 'Usikker her', phase: null },
    ],
    themes: [
      theme('th-1', 'Å bli sett', 'Når jobbsøkeren opplever anerkjennelse', 'J', null, ['c-work', 'c-joy'], 'defined', 0),
      { ...theme('th-1a', 'Små seire 🎉', 'Delmål som teller', 'J', 'th-1', ['c-joy'], 'reviewed', 0), exemplars: ['seg-1'] },
      theme('th-2', 'Grenser for åpenhet', 'Hva terapeuten kan si', 'T', null, ['c-limits'], 'candidate', 1),
      {
        ...theme('th-x', 'Samarbeid på tvers', 'Tverrgående', null, null, ['c-work', 'c-limits'], 'defined', 2),
        relation: 'complementary',
        note: 'Utfyller hverandre',
        summaries: { J: 'Vil bli sett 👀', T: 'Vil beskytte' },
        drawsOn: ['th-1', 'th-2'],
      },
    ],
  };
}

function source(id: string, name: string, text: string, participant: string): Source {
  return {
    id, name, kind: 'interview', participant, text, revision: 2, format: 'txt', createdAt: '2024-02-01T09:00:00.000Z',
    turns: [{ seq: 0, speaker: participant, participant, isInterviewer: false, start: 0, end: text.length, textStart: 0, startMs: null, endMs: null }],
  };
}

function theme(
  id: string, name: string, definition: string, perspective: string | null, parent: string | null,
  codes: string[], status: 'candidate' | 'reviewed' | 'defined', sort: number,
): ProjectSnapshot['themes'][number] {
  return { id, name, definition, status, perspective, parent, codes, exemplars: [], relation: null, note: '', summaries: {}, drawsOn: [], sort };
}
