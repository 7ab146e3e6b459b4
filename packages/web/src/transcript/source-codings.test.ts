import type { CodingDto, SourceCodingDto } from '@polyphony/core';
import { describe, expect, it } from 'vitest';
import { applyChange, mergeLoaded, toLean } from './source-codings.js';

const lean = (id: string, start = 0, extra: Partial<SourceCodingDto> = {}): SourceCodingDto => ({ id, segment: `s-${id}`, code: 'c1', coder: 'ana', start, end: start + 5, ...extra });

describe('toLean', () => {
  it('keeps offsets, code, coder and a comment, and drops the quote and its context', () => {
    const dto: CodingDto = {
      coding: { id: 'k1', code: 'c1', segment: 's1', coder: 'ana', comment: 'hesitant', createdAt: '2026-01-01' },
      segment: { id: 's1', source: 'src', start: 4, end: 16, exact: 'I felt heard', prefix: 'so ', suffix: ' then', revision: 2, status: 'anchored', participant: 'J1' },
    };
    expect(toLean(dto)).toEqual({ id: 'k1', segment: 's1', code: 'c1', coder: 'ana', start: 4, end: 16, comment: 'hesitant' });
    expect('comment' in toLean({ ...dto, coding: { ...dto.coding, comment: '' } })).toBe(false);
  });
});

describe('applyChange', () => {
  const list = [lean('a', 0), lean('b', 10)];

  it('adds, removes and updates one coding and leaves the other entries as they were', () => {
    const added = applyChange(list, { kind: 'add', coding: lean('c', 20) });
    expect(added.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(added[0]).toBe(list[0]);
    expect(applyChange(added, { kind: 'remove', id: 'b' }).map((c) => c.id)).toEqual(['a', 'c']);
    const updated = applyChange(list, { kind: 'update', coding: lean('b', 10, { code: 'c2', comment: 'moved' }) });
    expect(updated[1]).toMatchObject({ id: 'b', code: 'c2', comment: 'moved' });
    expect(updated[0]).toBe(list[0]);
  });

  it('puts the server’s coding in the place of its stand-in, once even if a load brought it first', () => {
    const waiting = applyChange(list, { kind: 'add', coding: lean('pending-1', 30) });
    expect(applyChange(waiting, { kind: 'replace', id: 'pending-1', coding: lean('k9', 30) }).map((c) => c.id)).toEqual(['a', 'b', 'k9']);
    const loadedFirst = [...waiting, lean('k9', 30)];
    expect(applyChange(loadedFirst, { kind: 'replace', id: 'pending-1', coding: lean('k9', 30) }).map((c) => c.id)).toEqual(['a', 'b', 'k9']);
  });

  it('never adds the same coding twice', () => {
    expect(applyChange(list, { kind: 'add', coding: lean('a', 0) })).toHaveLength(2);
  });
});

describe('mergeLoaded', () => {
  it('takes the server’s list and keeps codings still waiting for the server’s answer', () => {
    const current = [lean('a'), lean('pending-4', 40)];
    const merged = mergeLoaded({ source: 'src', revision: 3, codings: [lean('a'), lean('z', 50)] }, current);
    expect(merged.map((c) => c.id)).toEqual(['a', 'z', 'pending-4']);
  });

  it('drops what the server no longer has (an undo came first)', () => {
    expect(mergeLoaded({ source: 'src', revision: 3, codings: [] }, [lean('a')])).toEqual([]);
  });
});
