import { describe, expect, it } from 'vitest';
import type { Project } from '../src/index.js';
import { wordsOnDisk } from './disk-words.js';
import { tempFile, turnsOf } from './fixtures.js';
import { seeded } from './helpers.js';

// J2's own interview (English), beside their turn in the bokmål group meeting G2 of the fixtures.
const J2_SAYS = 'My sister Zanzibarqueen lives in Quokkafjord and lends me money. I don\'t know what to do about the rent. Nobody said what happens if the job ends.';
const UNRELATED = "I don't know what to do with this code yet.";
// J1 says these words too (see the fixtures): the study's shared language, not only J2's.
const SHARED = 'Both ask what happens if the job ends.';

/** A project where J2's words are quoted in everything a researcher types, and J2 has attributes. */
async function quotedEverywhere(file: string) {
  const p = await seeded(file);
  const text = `Interviewer: Tell me about your family.\n\nJ2: ${J2_SAYS}`;
  await p.addSource({ name: 'J2', kind: 'interview', participant: 'J2', text, turns: turnsOf(text, { J2: 'J2' }), format: 'txt' });
  await p.upsertParticipants([{ id: 'J2', perspective: 'J', case: 'G2', attributes: { age_band: '30-39', profession: 'Glassblower' }, status: 'active' }]);
  const code = await p.createCode({ name: 'Family', description: 'Support from kin' });
  await p.updateCode('Family', { description: 'Kin: “my SISTER Zanzibarqueen lives in\nQuokkafjord”, see J2' });
  const inVivo = await p.createCode({ name: 'bekymret for økonomien hvis jobben' });
  const theme = await p.createTheme({ name: 'Money worries', definition: 'As J2 put it: Jeg er bekymret for økonomien hvis jobben ikke går.', summaries: { J: 'Worry: «bekymret for økonomien hvis jobben ikke går»' } });
  const kept = await p.code({ source: 'J1', code: 'Family', quote: 'The money worries me too', comment: 'Compare J2: lends me money. I don’t know what to do about the rent' });
  const journal = await p.addMemo({ targetKind: 'project', phase: 2, text: `J2 said "My sister Zanzibarqueen lives in Quokkafjord." Strong tie to family.` });
  const onTheme = await p.addMemo({ targetKind: 'theme', targetId: theme.id, text: 'Economy: bekymret for økonomien hvis jobben ikke går (J2).' });
  const onCode = await p.addMemo({ targetKind: 'code', targetId: code.id, text: UNRELATED });
  const shared = await p.addMemo({ targetKind: 'project', text: SHARED });
  return { p, ids: { code: code.id, inVivo: inVivo.id, theme: theme.id, coding: kept.coding.id, journal: journal.id, onTheme: onTheme.id, onCode: onCode.id, shared: shared.id } };
}

async function memoText(p: Project, id: string): Promise<string | undefined> {
  return (await p.listMemos()).find((m) => m.id === id)?.text;
}

describe('withdrawal of quotes and attributes', () => {
  it('redacts quotes of the participant wherever a researcher typed them, in the rows and in the log', async () => {
    const file = tempFile();
    const { p, ids } = await quotedEverywhere(file);
    const r = await p.withdraw('J2');

    expect(await memoText(p, ids.journal)).toBe('J2 said "[withdrawn]." Strong tie to family.');
    expect(await memoText(p, ids.onTheme)).toBe('Economy: [withdrawn] (J2).');
    expect(await memoText(p, ids.onCode)).toBe(UNRELATED);
    expect(await memoText(p, ids.shared)).toBe(SHARED);
    expect((await p.getCode(ids.code)).description).toBe('Kin: “[withdrawn]”, see J2');
    expect((await p.getCode(ids.inVivo)).name).toBe('[withdrawn]');
    const theme = await p.getTheme(ids.theme);
    expect(theme.definition).toBe('As J2 put it: [withdrawn].');
    expect(theme.summaries).toEqual({ J: 'Worry: «[withdrawn]»' });
    expect((await p.listCodings()).find((k) => k.id === ids.coding)?.comment).toBe('Compare J2: [withdrawn]');

    expect(r.redacted.map((x) => [x.kind, x.label, x.passages]).sort()).toEqual([
      ['code', 'Family', 1],
      ['code', '[withdrawn]', 1],
      ['coding', 'comment on “Family” on J1', 1],
      ['journal', 'journal, phase 2', 1],
      ['memo', 'memo on theme “Money worries”', 1],
      ['theme', 'Money worries', 2],
    ]);
    const log = JSON.stringify(await p.log({ limit: 1000 }));
    for (const word of ['Zanzibarqueen', 'Quokkafjord', 'bekymret', 'lends me money', 'jobben ikke går']) expect(log, word).not.toContain(word);
    expect(log).toContain(UNRELATED);
    // Undo and redo restore the log's copies: redacted, never the words.
    await p.undo();
    await p.redo();
    expect(await memoText(p, ids.onCode)).toBe(UNRELATED);
    expect(await memoText(p, ids.journal)).toBe('J2 said "[withdrawn]." Strong tie to family.');
  });

  it('clears the participant’s attributes and keeps pseudonym, perspective, case and status', async () => {
    const file = tempFile();
    const { p } = await quotedEverywhere(file);
    const r = await p.withdraw('J2');
    expect(r.attributes).toEqual(['age_band', 'profession']);
    expect((await p.listParticipants()).find((x) => x.id === 'J2')).toEqual({ id: 'J2', perspective: 'J', case: 'G2', attributes: {}, status: 'withdrawn' });
    expect(JSON.stringify(await p.log({ limit: 1000 }))).not.toContain('Glassblower');
    expect(wordsOnDisk(file, ['Glassblower', 'Zanzibarqueen', 'Quokkafjord', 'lends me money', 'bekymret for økonomien'])).toEqual([]);
    expect(wordsOnDisk(file, [UNRELATED])).toEqual([UNRELATED]); // the scan sees what remains
  });

  it('keeps the attributes cleared when the participants CSV is read again after the withdrawal', async () => {
    const { p } = await quotedEverywhere(tempFile());
    await p.withdraw('J2');
    await p.upsertParticipants([{ id: 'J2', perspective: 'J', case: 'G2', attributes: { age_band: '30-39', profession: 'Glassblower' }, status: 'active' }]);
    expect((await p.listParticipants()).find((x) => x.id === 'J2')).toEqual({ id: 'J2', perspective: 'J', case: 'G2', attributes: {}, status: 'withdrawn' });
  });

  it('names the backups and exports written before the withdrawal, not those after', async () => {
    const { p } = await quotedEverywhere(tempFile());
    await p.recordCopy({ kind: 'backup', format: 'polyphony', path: '/safe/before.polyphony', via: 'cli' });
    await p.recordCopy({ kind: 'export', format: 'qdpx', via: 'server' });
    const r = await p.withdraw('J2');
    expect(r.copies.map((c) => [c.kind, c.format, c.path, c.via])).toEqual([
      ['backup', 'polyphony', '/safe/before.polyphony', 'cli'],
      ['export', 'qdpx', null, 'server'],
    ]);
    await p.recordCopy({ kind: 'report', format: 'md', path: '/safe/after.md', via: 'cli' });
    expect((await p.withdraw('J2')).copies).toHaveLength(2);
    expect(await p.listCopies()).toHaveLength(3);
  });
});
