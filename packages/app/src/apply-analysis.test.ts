import { afterAll, describe, expect, it } from 'vitest';
import { applyAnalysis } from './apply-analysis.js';
import { parentsFirst } from './parents-first.js';
import { TempProjects } from './test-support/property-harness.js';

const temp = new TempProjects();
afterAll(() => temp.remove());

describe('applyAnalysis', () => {
  it('puts every code under its parent whatever order the file lists them in', async () => {
    const project = await temp.create();
    const codes = [
      { name: 'Grandchild', description: '', parent: 'Child' },
      { name: 'Child', description: '', parent: 'Root' },
      { name: 'Root', description: '' },
    ];
    await applyAnalysis(project, { perspectives: [], codes, codings: [], themes: [], triangulation: [] }, 'tester');
    const stored = await project.listCodes();
    const parentName = (name: string) => stored.find((c) => c.id === stored.find((x) => x.name === name)?.parent)?.name ?? null;
    expect(['Grandchild', 'Child', 'Root'].map(parentName)).toEqual(['Child', 'Root', null]);
    await project.close();
  });
});

describe('parentsFirst', () => {
  it('orders a chain of 100,000 items listed children first, without recursion', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, parent: i > 0 ? `c${i - 1}` : null })).reverse();
    const ordered = parentsFirst(chain);
    const position = new Map(ordered.map((c, i) => [c.id, i]));
    expect(ordered.every((c) => c.parent === null || position.get(c.parent)! < position.get(c.id)!)).toBe(true);
  });

  it('ends a circle of parents where it closes instead of looping', () => {
    expect(parentsFirst([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }, { id: 'c', parent: null }]).map((x) => x.id).sort()).toEqual(['a', 'b', 'c']);
  });
});
