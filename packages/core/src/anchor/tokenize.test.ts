import { describe, expect, it } from 'vitest';
import { linePieces, splitLines, TokenTable, tokenPieces } from './tokenize.js';

// The definition the hand-written scan must agree with.
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*|\p{N}+|\s+|[\s\S]/gu;

function parts(s: string, table = new TokenTable()): string[] {
  const p = tokenPieces(s, 0, table);
  return Array.from(p.ids, (_, i) => p.part(i) ?? '');
}

describe('tokenPieces', () => {
  it('cuts words, numbers, whitespace runs and single characters', () => {
    expect(parts('Jeg vil jobbe 4 timer, ikke 40.')).toEqual(['Jeg', ' ', 'vil', ' ', 'jobbe', ' ', '4', ' ', 'timer', ',', ' ', 'ikke', ' ', '40', '.']);
    expect(parts('økonomi-støtte  \u00a0e\u0301n 3rd 😀!')).toEqual(['økonomi', '-', 'støtte', '  \u00a0', 'e\u0301n', ' ', '3', 'rd', ' ', '😀', '!']);
  });

  it('cuts exactly where the defining expression does', () => {
    const pieces = ['Kari', 'ø', 'e\u0301', ' ', '\u00a0', '\n', '12', '٣', 'x', '😀', '.', '\u2019', 'Å', '\t', '_'];
    let s = 1;
    const next = (): number => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 500; round++) {
      const t = Array.from({ length: 30 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(parts(t)).toEqual(t.match(TOKEN) ?? []);
    }
  });

  it('gives equal ids to equal tokens only, across calls sharing a table', () => {
    const table = new TokenTable();
    const a = tokenPieces('Kari sa Kari', 0, table);
    const b = tokenPieces('Ingrid sa Kari', 100, table);
    expect(a.ids[0]).toBe(a.ids[4]);
    expect(b.ids[4]).toBe(a.ids[0]);
    expect(b.ids[0]).not.toBe(a.ids[0]);
    expect(Array.from(b.bounds)).toEqual([100, 106, 107, 109, 110, 114]);
    expect(b.part(-1)).toBeUndefined();
    expect(b.part(5)).toBeUndefined();
  });

  it('keeps ids apart when thousands of distinct tokens fill the table', () => {
    const table = new TokenTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const first = tokenPieces(words.join(' '), 0, table);
    const again = tokenPieces([...words].reverse().join(' '), 0, table);
    const ids = Array.from(first.ids).filter((_, i) => i % 2 === 0);
    expect(new Set(ids).size).toBe(words.length);
    expect(Array.from(again.ids).filter((_, i) => i % 2 === 0)).toEqual([...ids].reverse());
  });
});

describe('splitLines and linePieces', () => {
  it('splits after each line break, keeping it', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\n\nb')).toEqual(['a\n', '\n', 'b']);
    expect(splitLines('a\n')).toEqual(['a\n']);
    expect(splitLines('a\nb\n')).toEqual('a\nb\n'.split(/(?<=\n)/));
  });

  it('numbers equal lines equally, with their offsets', () => {
    const d = new Map<string, number>();
    const p = linePieces(['x\n', 'y\n', 'x\n'], 10, d);
    expect(Array.from(p.ids)).toEqual([0, 1, 0]);
    expect(Array.from(p.bounds)).toEqual([10, 12, 14, 16]);
    expect(p.part(1)).toBe('y\n');
  });
});
