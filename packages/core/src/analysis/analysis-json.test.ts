import { describe, expect, it } from 'vitest';
import { MAX_ANALYSIS_JSON_DEPTH, jsonNestingDepth, parseAnalysisJson } from './analysis-json.js';

describe('jsonNestingDepth', () => {
  it('counts lists and objects, not brackets inside strings or after escaped quotes', () => {
    expect(jsonNestingDepth('{"a": [1, {"b": "[[[{{{"}]}')).toBe(3);
    expect(jsonNestingDepth('["\\"[[[", []]')).toBe(2);
    expect(jsonNestingDepth('42')).toBe(0);
  });

  it('stops counting once past the limit it is given', () => {
    expect(jsonNestingDepth('['.repeat(1_000_000), 10)).toBe(11);
  });
});

describe('parseAnalysisJson', () => {
  it('parses an analysis file, with or without a byte-order mark', () => {
    expect(parseAnalysisJson('\uFEFF{"codes": []}', 'a.json')).toEqual({ codes: [] });
  });

  it('refuses nesting past the limit before parsing, naming the file and the limit', () => {
    const deep = (n: number) => `{"codes": ${'['.repeat(n)}${']'.repeat(n)}}`;
    expect(() => parseAnalysisJson(deep(MAX_ANALYSIS_JSON_DEPTH - 1), 'ok.json')).not.toThrow();
    expect(() => parseAnalysisJson(deep(100_000), 'deep.json')).toThrow(
      expect.objectContaining({
        code: 'nesting_too_deep',
        message: 'deep.json: lists and objects are nested more than 64 levels deep, the limit for an analysis file',
      }),
    );
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseAnalysisJson('{ nope', 'bad.json')).toThrow(
      expect.objectContaining({ code: 'parse_error', message: expect.stringMatching(/^bad\.json is not valid JSON/) }),
    );
  });
});
