import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSegment, normaliseText, reanchorSegments, type AnchoredSegment, type ReanchorOutcome } from '@polyphony/core';

/**
 * Golden anchoring fixtures: each JSON file holds a transcript, segments given by quote, and
 * scripted edits applied to the original text, with the outcome (and new quote) expected for
 * every segment. Edits are find/replace operations so that the fixtures stay readable.
 */
interface Fixture {
  name: string;
  lines: string[];
  segments: Array<{ id: string; quote: string; occurrence?: number }>;
  edits: Array<{
    name: string;
    ops: Array<{ find: string; replace: string; all?: boolean; occurrence?: number }>;
    expect: Record<string, 'stayed' | 'orphan' | { outcome: ReanchorOutcome; exact: string }>;
  }>;
}

const dir = new URL('./fixtures/anchoring/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const fixture: Fixture = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
    return { file: f, fixture };
  });

function nth(text: string, find: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(find, at + 1);
    if (at === -1) throw new Error(`fixture error: occurrence ${occurrence} of "${find}" not found`);
  }
  return at;
}

function applyOps(text: string, ops: Fixture['edits'][number]['ops']): string {
  let out = text;
  for (const op of ops) {
    if (op.all) {
      if (!out.includes(op.find)) throw new Error(`fixture error: "${op.find}" not found`);
      out = out.replaceAll(op.find, op.replace);
    } else {
      const at = nth(out, op.find, op.occurrence ?? 1);
      out = out.slice(0, at) + op.replace + out.slice(at + op.find.length);
    }
  }
  return normaliseText(out);
}

it('has fixtures to run', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(2);
});

describe.each(fixtures)('$file', ({ fixture }) => {
  const oldText = normaliseText(fixture.lines.join('\n'));
  const segments: AnchoredSegment[] = fixture.segments.map((s) => {
    const at = nth(oldText, s.quote, s.occurrence ?? 1);
    return { id: s.id, ...describeSegment(oldText, at, at + s.quote.length) };
  });

  it.each(fixture.edits)('$name', (edit) => {
    const newText = applyOps(oldText, edit.ops);
    expect(newText).not.toBe(oldText);
    expect(Object.keys(edit.expect).sort()).toEqual(segments.map((s) => s.id).sort());
    const results = reanchorSegments(oldText, newText, segments);
    const actual = Object.fromEntries(results.map((r) => [r.id, r.outcome === 'moved' ? { outcome: r.outcome, exact: r.exact } : r.outcome]));
    expect(actual).toEqual(edit.expect);

    for (const [i, r] of results.entries()) {
      const before = segments[i];
      expect(r.id).toBe(before?.id);
      if (r.outcome === 'orphan') {
        expect(r).toEqual({ ...before, outcome: 'orphan' });
      } else {
        // Position, quote and context all describe the new text.
        expect({ ...r }).toMatchObject(describeSegment(newText, r.start, r.end));
        if (r.outcome === 'stayed') expect(r.exact).toBe(before?.exact);
        else expect(r.score).toBeGreaterThan(0.5);
      }
    }
  });
});
