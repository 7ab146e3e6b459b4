import { describe, expect, it } from 'vitest';
import { blockAt, marksByBlock, type Block } from './blocks.js';

const blocks: Block[] = [
  { key: '0', start: 0, end: 10, turn: null },
  { key: '1', start: 12, end: 20, turn: null },
  { key: '2', start: 22, end: 30, turn: null },
];

describe('marksByBlock', () => {
  it('puts each mark in every block it touches and nowhere else', () => {
    const byBlock = marksByBlock(blocks, [
      { codingId: 'a', code: 'A', start: 2, end: 5 },
      { codingId: 'b', code: 'B', start: 8, end: 25 },
      { codingId: 'c', code: 'C', start: 10, end: 12 },
    ]);
    expect(byBlock.map((ms) => ms.map((m) => m.codingId).join(''))).toEqual(['ab', 'b', 'b']);
  });

  it('finds the block of an offset', () => {
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, 10)).toBe(1);
    expect(blockAt(blocks, 29)).toBe(2);
    expect(blockAt(blocks, 99)).toBe(2);
  });
});
