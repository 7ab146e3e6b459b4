import { describe, expect, it } from 'vitest';
import type { Code } from '@polyphony/core';
import { codesInHierarchyOrder } from './code-hierarchy.js';
import { lineNumberLookup } from './line-number.js';

const code = (id: string, parent: string | null): Code => ({
  id, name: id.toUpperCase(), description: '', color: '#000000', parent, createdBy: 'k', createdAt: '',
});

describe('codesInHierarchyOrder', () => {
  it('puts children after their parent, keeps sibling order, and survives missing parents and cycles', () => {
    const placed = codesInHierarchyOrder([
      code('b', 'a'), code('x', 'y'), code('y', 'x'), code('a', null), code('c', 'gone'), code('d', 'a'),
    ]);
    expect(placed.map((p) => p.path.join('/'))).toEqual(['A', 'A/B', 'A/D', 'C', 'X', 'X/Y']);
  });
});

describe('lineNumberLookup', () => {
  it('counts lines from 1, a line end belonging to its own line', () => {
    const line = lineNumberLookup('ab\ncd\n\nef');
    expect([0, 2, 3, 5, 6, 7, 9].map(line)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});
