import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readTranscript } from './read-transcript.js';
import { errorOf } from '../test-support/error-of.js';
import { paddedDocx } from '../test-support/padded-docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.join('')}</w:p>`;

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(xml) });
}

describe('readTranscript: docx', () => {
  it('reads bold labels, tabs, breaks and tables in document order', () => {
    const bytes = docx(
      para(run('Intervju med jobbsøker', true)) +
        para(run('Job specialist:', true), run(' Hvordan &amp; hvorfor?')) +
        para(run('J1', true), run(': Fordi.'), '<w:r><w:br/><w:t>Ny linje</w:t><w:tab/><w:t>tab</w:t></w:r>') +
        '<w:tbl><w:tr><w:tc>' + para(run('T1: I tabellen.')) + '</w:tc><w:tc>' + para(run('Fortsatt T1.')) + '</w:tc></w:tr></w:tbl>' +
        para('<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Helt vanlig: tekst.</w:t></w:r>') +
        para(run('Leder', true), run(' : Takk.')),
    );
    const r = readTranscript('Intervju J1.docx', bytes);
    expect(r.format).toBe('docx');
    expect(r.turns.map((t) => [t.speaker, r.text.slice(t.textStart, t.end)])).toEqual([
      ['', 'Intervju med jobbsøker'],
      // A lowercase label met once counts here because it is bold.
      ['Job specialist', 'Hvordan & hvorfor?'],
      ['J1', 'Fordi.\nNy linje\ttab'],
      ['T1', 'I tabellen.\n\nFortsatt T1.\n\nHelt vanlig: tekst.'],
      ['Leder', 'Takk.'],
    ]);
    expect(r.text).toContain('Job specialist: Hvordan & hvorfor?\n\nJ1: Fordi.');
  });

  it('names the file when the docx is truncated, lacks its document or has broken XML', () => {
    const good = docx(para(run('J1: Hei.')));
    const truncated = errorOf(() => readTranscript('kort.docx', good.subarray(0, good.length / 2)));
    expect([truncated.code, truncated.message.includes('kort.docx')]).toEqual(['parse_error', true]);
    const noDocument = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES) });
    expect(errorOf(() => readTranscript('tom.docx', noDocument)).message).toContain('tom.docx: not a Word document');
    const broken = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p></w:body>`) });
    const err = errorOf(() => readTranscript('brutt.docx', broken));
    expect(err.code).toBe('parse_error');
    expect(err.message).toContain('brutt.docx:word/document.xml: malformed XML at line 1');
  });

  it('refuses a docx with a DTD or an unsafe entry, and an empty document', () => {
    const dtd = zipSync({ 'word/document.xml': strToU8('<!DOCTYPE d [<!ENTITY x "y">]><d/>') });
    expect(errorOf(() => readTranscript('dtd.docx', dtd)).code).toBe('unsafe_archive');
    const slip = zipSync({ '../word/document.xml': strToU8('<d/>') });
    expect(errorOf(() => readTranscript('slip.docx', slip)).code).toBe('unsafe_archive');
    expect(errorOf(() => readTranscript('blank.docx', docx(para()))).code).toBe('parse_error');
  });

  it('refuses the 190 MB-of-spaces docx from its directory, before unpacking it, naming the limit', () => {
    const bytes = paddedDocx(190 * 1024 * 1024, 'between-elements');
    expect(bytes.length).toBeLessThan(250_000);
    const err = errorOf(() => readTranscript('spaces.docx', bytes));
    expect(err.code).toBe('file_too_large');
    expect(err.message).toBe('spaces.docx: zip entry "word/document.xml" unpacked is more than the limit of 128 MB');
  });

  it('reads a 64 MB-of-spaces docx for its one paragraph, and stops 64 MB of spaces inside a run at the text limit', () => {
    expect(readTranscript('spaces.docx', paddedDocx(64 * 1024 * 1024, 'between-elements')).text).toBe('J1: hei');
    const err = errorOf(() => readTranscript('run.docx', paddedDocx(64 * 1024 * 1024, 'inside-text')));
    expect(err.code).toBe('file_too_large');
    expect(err.message).toBe('run.docx: the text of word/document.xml is more than the limit of 10,000,000 characters');
  });

  it('refuses a document nested deeper than the XML limit with nesting_too_deep', () => {
    const deep = docx(`${'<w:sdt>'.repeat(300)}${para(run('J1: Hei.'))}${'</w:sdt>'.repeat(300)}`);
    const err = errorOf(() => readTranscript('deep.docx', deep));
    expect(err.code).toBe('nesting_too_deep');
    expect(err.message).toMatch(/^deep\.docx:word\/document\.xml: elements are nested more than 256 levels deep/);
  });
});
