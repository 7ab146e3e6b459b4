import { describe, expect, it } from 'vitest';
import { openProject } from '../src/index.js';
import { wordsOnDisk } from './disk-words.js';
import { tempFile, turnsOf } from './fixtures.js';
import { seeded, withCode } from './helpers.js';

const SECRET = ['Zanzibarqueen', 'Quokkafjord', 'Brimbleworth'];

describe('withdraw', () => {
  it('removes every word of a participant from the file, the index and the log', async () => {
    const file = tempFile();
    const p = await seeded(file);
    const own = `Interviewer: Tell me.\n\nJ2: My sister ${SECRET[0]} lives in ${SECRET[1]}.`;
    await p.addSource({ name: 'J2', kind: 'interview', participant: 'J2', text: own, turns: turnsOf(own, { J2: 'J2' }), format: 'txt' });
    const group = `T2: We met on Monday.\n\nJ2: I told ${SECRET[2]} about it.\n\nS2: Noted, the support continues.`;
    await p.addSource({ name: 'G3', kind: 'meeting', participant: null, text: group, turns: turnsOf(group, { J2: 'J2', T2: 'T2', S2: 'S2' }), format: 'txt' });
    await p.createCode({ name: 'Family' });
    const c1 = await p.code({ source: 'J2', code: 'Family', quote: `My sister ${SECRET[0]}`, comment: `about ${SECRET[1]}` });
    await p.code({ source: 'G3', code: 'Family', quote: `told ${SECRET[2]}` });
    const kept = await p.code({ source: 'G3', code: 'Family', quote: 'the support continues' });
    await p.addMemo({ targetKind: 'coding', targetId: c1.coding.id, text: `${SECRET[0]} again` });
    await p.uncode(c1.coding.id); // the log now holds before-copies with the words too
    await p.redo().catch(() => undefined);
    await p.undo();
    expect((await p.search(SECRET[2]!)).total).toBe(1);

    const r = await p.withdraw('J2');
    expect(r).toMatchObject({ participant: 'J2', sources: 1 });
    expect(r.segments).toBeGreaterThanOrEqual(2);
    expect((await p.listParticipants()).find((x) => x.id === 'J2')?.status).toBe('withdrawn');
    const g2 = await p.getSource('G2');
    expect(g2.text).toContain('J2: [withdrawn]');
    expect(g2.text).not.toContain('bekymret');
    await expect(p.getSource('J2')).rejects.toThrow(withCode('unknown_source'));
    const g3 = await p.getSource('G3');
    const k = (await p.listCodings()).map((c) => c.segment);
    expect(k).toContain(kept.segment.id);
    const seg = (await p.snapshot()).segments.find((s) => s.id === kept.segment.id)!;
    expect(g3.text.slice(seg.start, seg.end)).toBe('the support continues');
    expect((await p.search(SECRET[2]!)).total).toBe(0);
    expect((await p.search('bekymret')).total).toBe(0);
    const last = (await p.log({ limit: 1 }))[0];
    expect(last?.action).toBe('participant.withdraw');
    await expect(p.addSource({ name: 'again', kind: 'interview', participant: 'J2', text: 'x', turns: [], format: 'txt' })).rejects.toThrow(withCode('withdrawn_participant'));
    await p.close();

    expect(wordsOnDisk(file, [...SECRET, 'bekymret', 'økonomien'])).toEqual([]);
    expect(wordsOnDisk(file, ['support continues'])).toEqual(['support continues']); // the scan can see words that remain
    const again = await openProject(file);
    expect((await again.listSources()).map((s) => s.name)).toEqual(['G2', 'G3', 'J1']);
    await again.close();
  });

  it('names an unknown participant', async () => {
    const p = await seeded();
    await expect(p.withdraw('Z9')).rejects.toThrow(withCode('unknown_participant'));
  });
});
