import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importQdc } from './import-qdc.js';
import { importQdpx } from './import-qdpx.js';
import { errorOf } from '../test-support/error-of.js';

const CODE = '11111111-1111-4111-8111-111111111111';

function project(sources: string, codes = `<Code guid="${CODE}" name="A" isCodable="true"/>`): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes>${codes}</Codes></CodeBook><Sources>${sources}</Sources></Project>`;
}

function qdpx(qde: string, extra: Record<string, string> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(qde) };
  for (const [name, text] of Object.entries(extra)) entries[name] = strToU8(text);
  return zipSync(entries);
}

const selection = (guid: string, start: number, end: number, code = CODE) =>
  `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="${guid.replace(/^2/, '3')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;

describe('importQdpx with untrusted files', () => {
  it('refuses a zip entry that climbs out of the archive', () => {
    const bytes = zipSync({ 'project.qde': strToU8(project('')), '../evil.txt': strToU8('x') });
    expect(errorOf(() => importQdpx(bytes)).code).toBe('unsafe_archive');
  });

  it('refuses too many entries and oversized entries under the given limits', () => {
    const many = qdpx(project(''), { 'sources/a.txt': 'a', 'sources/b.txt': 'b', 'sources/c.txt': 'c' });
    expect(errorOf(() => importQdpx(many, { limits: { maxEntries: 2 } })).code).toBe('unsafe_archive');
    expect(errorOf(() => importQdpx(qdpx(project('')), { limits: { maxEntryBytes: 50 } })).code).toBe('file_too_large');
  });

  it('refuses DTDs: entity expansion and external entities', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Project name="&b;"/>`;
    const external = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>`;
    expect(errorOf(() => importQdpx(qdpx(laughs))).message).toMatch(/DOCTYPE/);
    expect(errorOf(() => importQdpx(qdpx(external))).code).toBe('unsafe_archive');
  });

  it('gives parse_error for malformed XML, a missing project.qde, a wrong root and bytes that are not a zip', () => {
    expect(errorOf(() => importQdpx(qdpx('<Project name="P"><Sources></Project>'))).code).toBe('parse_error');
    const noQde = errorOf(() => importQdpx(zipSync({ 'sources/a.txt': strToU8('a') }), { fileName: 'x.qdpx' }));
    expect([noQde.code, noQde.message]).toEqual(['parse_error', 'x.qdpx: no project.qde in the archive, so it is not a REFI-QDA project']);
    expect(errorOf(() => importQdpx(qdpx('<CodeBook/>'))).message).toMatch(/not <Project>/);
    expect(errorOf(() => importQdpx(strToU8('PK not really a zip'))).code).toBe('parse_error');
  });

  it('skips a selection outside its text and a coding of an unknown code, and imports the rest', () => {
    const src = `<TextSource guid="44444444-4444-4444-8444-444444444444" name="S"><PlainTextContent>Hei på deg</PlainTextContent>${selection('22222222-2222-4222-8222-222222222221', 0, 3)}${selection('22222222-2222-4222-8222-222222222222', 4, 99)}${selection('22222222-2222-4222-8222-222222222223', 4, 6, '99999999-9999-4999-8999-999999999999')}</TextSource>`;
    const { snapshot, report } = importQdpx(qdpx(project(src)));
    expect(snapshot.segments.map((s) => s.exact)).toEqual(['Hei', 'på']);
    expect(snapshot.codings).toHaveLength(1);
    expect(report.skipped).toEqual([
      { kind: 'PlainTextSelection', name: 'S 4–99', reason: 'positions 4–99 do not fit the text of "S"' },
      { kind: 'Coding', name: '32222222-2222-4222-8222-222222222223', reason: 'refers to unknown code GUID 99999999-9999-4999-8999-999999999999' },
    ]);
  });
});

describe('importQdpx positions and line endings', () => {
  const src = (path: string, sels: string) => `<TextSource guid="44444444-4444-4444-8444-444444444444" name="S" plainTextPath="${path}">${sels}</TextSource>`;

  it('converts code points to UTF-16 offsets (emoji) in inline text', () => {
    const s = `<TextSource guid="44444444-4444-4444-8444-444444444444" name="S"><PlainTextContent>🎉 æøå 👍🏽 ok</PlainTextContent>${selection('22222222-2222-4222-8222-222222222221', 2, 5)}${selection('22222222-2222-4222-8222-222222222222', 6, 8)}</TextSource>`;
    const { snapshot } = importQdpx(qdpx(project(s)));
    expect(snapshot.segments.map((x) => [x.start, x.end, x.exact])).toEqual([[3, 6, 'æøå'], [7, 11, '👍🏽']]);
  });

  it('repairs positions counted on CRLF text when the file has LF, with a warning', () => {
    // "Line two" starts at code point 10 when line ends count two, at 9 in the LF file.
    const text = 'Line one\nLine two\nLine three\n';
    const { snapshot, report } = importQdpx(qdpx(project(src('internal://a.txt', selection('22222222-2222-4222-8222-222222222221', 10, 18) + selection('22222222-2222-4222-8222-222222222222', 20, 30))), { 'sources/a.txt': text }));
    expect(snapshot.segments.map((x) => x.exact)).toEqual(['Line two', 'Line three']);
    expect(report.warnings).toEqual(['Source "S": positions were counted with CRLF line ends, unlike its text; repaired']);
  });

  it('repairs positions counted on LF text when the file has CRLF, and maps into normalised text', () => {
    const text = 'Line one\r\nLine two\r\nLine three\r\n';
    const { snapshot, report } = importQdpx(qdpx(project(src('a.txt', selection('22222222-2222-4222-8222-222222222221', 9, 17) + selection('22222222-2222-4222-8222-222222222222', 18, 28))), { 'Sources/A.TXT': text }));
    expect(snapshot.sources[0]?.text).toBe('Line one\nLine two\nLine three\n');
    expect(snapshot.segments.map((x) => [x.start, x.exact])).toEqual([[9, 'Line two'], [18, 'Line three']]);
    expect(report.warnings).toHaveLength(1);
  });

  it('never repairs into an empty selection: one that starts a paragraph stays where it was written', () => {
    // Read as counted on CRLF text, 18–19 would fall inside the second line end and shrink to nothing.
    const text = 'J1: jeg\n\nJ1: jeg\n\nJ1: jeg jeg';
    const sels = selection('22222222-2222-4222-8222-222222222221', 0, 1) + selection('22222222-2222-4222-8222-222222222222', 18, 19);
    const { snapshot, report } = importQdpx(qdpx(project(src('internal://a.txt', sels)), { 'sources/a.txt': text }));
    expect(snapshot.segments.map((x) => [x.start, x.end, x.exact])).toEqual([[0, 1, 'J'], [18, 19, 'J']]);
    expect(report.warnings).toEqual([]);
  });

  it('reads consistent CRLF positions without a warning', () => {
    const text = 'Line one\r\nLine two\r\n';
    const { snapshot, report } = importQdpx(qdpx(project(src('internal://a.txt', selection('22222222-2222-4222-8222-222222222221', 10, 18))), { 'sources/a.txt': text }));
    expect(snapshot.segments.map((x) => [x.start, x.exact])).toEqual([[9, 'Line two']]);
    expect(report.warnings).toEqual([]);
  });
});

describe('importQdc with untrusted files', () => {
  it('refuses entities and wrong roots, and reads a plain codebook', () => {
    expect(errorOf(() => importQdc('<!DOCTYPE x [<!ENTITY a "b">]><CodeBook/>')).code).toBe('unsafe_archive');
    expect(errorOf(() => importQdc('<Project name="x"/>')).code).toBe('parse_error');
    expect(errorOf(() => importQdc(new Uint8Array([0x3c, 0xff, 0xfe]))).code).toBe('parse_error');
    const { codes } = importQdc(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${CODE}" name="A" isCodable="true" color="#AbC"><Code guid="11111111-1111-4111-8111-111111111112" name="B" isCodable="true"/></Code></Codes></CodeBook>`);
    expect(codes.map((c) => [c.name, c.color, c.parent])).toEqual([['A', '#aabbcc', null], ['B', '#999999', CODE]]);
  });
});

describe('importQdc with deep code trees', () => {
  const guid = (i: number) => `11111111-1111-4111-8111-${String(i).padStart(12, '0')}`;
  const chain = (depth: number) =>
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${Array.from({ length: depth }, (_, i) => `<Code guid="${guid(i)}" name="C${i}" isCodable="true">`).join('')}${'</Code>'.repeat(depth)}</Codes></CodeBook>`;

  it('reads a code tree as deep as the XML limit allows, every code under its parent', () => {
    const { codes } = importQdc(chain(250));
    expect(codes).toHaveLength(250);
    expect(codes.every((c, i) => c.parent === (i === 0 ? null : guid(i - 1)))).toBe(true);
  });

  it('refuses a codebook nested 2,000 levels deep with nesting_too_deep, not a crash', () => {
    const err = errorOf(() => importQdc(chain(2_000), { fileName: 'deep.qdc' }));
    expect(err.code).toBe('nesting_too_deep');
    expect(err.message).toMatch(/^deep\.qdc: elements are nested more than 256 levels deep/);
  });
});

describe('importQdpx participants from another tool', () => {
  it('reads named Cases with Variables as participants and maps speaker turns to them', () => {
    const source = '44444444-4444-4444-8444-444444444444';
    const variables = `<Variables><Variable guid="55555555-5555-4555-8555-555555555551" name="Perspective" typeOfVariable="Text"/><Variable guid="55555555-5555-4555-8555-555555555552" name="age_band" typeOfVariable="Text"/></Variables>`;
    const value = (v: string, text: string) => `<VariableValue><VariableRef targetGUID="${v}"/><TextValue>${text}</TextValue></VariableValue>`;
    const cases = `<Cases><Case guid="66666666-6666-4666-8666-666666666661" name="J1">${value('55555555-5555-4555-8555-555555555551', 'J')}${value('55555555-5555-4555-8555-555555555552', '30–39')}<SourceRef targetGUID="${source}"/></Case><Case guid="66666666-6666-4666-8666-666666666662"/></Cases>`;
    const text = 'Interviewer: Hva skjedde?\n\nJ1: Jeg fikk jobb.';
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${CODE}" name="A" isCodable="true"/></Codes></CodeBook>${variables}${cases}<Sources><TextSource guid="${source}" name="S"><PlainTextContent>${text}</PlainTextContent>${selection('22222222-2222-4222-8222-222222222221', 0, 11)}${selection('22222222-2222-4222-8222-222222222222', 35, 39)}</TextSource></Sources></Project>`;
    const { snapshot, report } = importQdpx(qdpx(qde));
    expect(snapshot.participants).toEqual([{ id: 'J1', perspective: 'J', case: null, attributes: { age_band: '30–39' }, status: 'active' }]);
    expect(snapshot.perspectives).toEqual([{ id: 'J', label: 'J', sort: 0 }]);
    expect(snapshot.sources[0]?.participant).toBe('J1');
    expect(snapshot.segments.map((s) => [s.exact, s.participant])).toEqual([['Interviewer', null], ['fikk', 'J1']]);
    expect(report.skipped.map((s) => s.kind)).toEqual(['Case']);
  });
});
