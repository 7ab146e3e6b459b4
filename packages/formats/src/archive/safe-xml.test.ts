import { describe, expect, it } from 'vitest';
import { parseXmlSafely } from './safe-xml.js';
import { decodeXmlReferences } from './xml-references.js';
import { errorOf } from '../test-support/error-of.js';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!doctype foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<foo>&xxe;</foo>`;

describe('parseXmlSafely', () => {
  it('parses attributes and text as strings, decoding references once', () => {
    const doc = parseXmlSafely('<Project name="Studie &amp; co"><Code id="007">&#xE6;&#248;&amp;lt;</Code></Project>', {
      alwaysArray: ['Code'],
    });
    expect(doc).toEqual({ Project: { '@_name': 'Studie & co', Code: [{ '@_id': '007', '#text': 'æø&lt;' }] } });
  });

  it('keeps document order and whitespace with preserveOrder', () => {
    const doc = parseXmlSafely('<p><r><t xml:space="preserve">Hei </t></r><r><t>du</t></r></p>', {
      preserveOrder: true,
    });
    expect(JSON.stringify(doc)).toBe(
      JSON.stringify([
        { p: [{ r: [{ t: [{ '#text': 'Hei ' }], ':@': { '@_xml:space': 'preserve' } }] }, { r: [{ t: [{ '#text': 'du' }] }] }] },
      ]),
    );
  });

  it('refuses a billion-laughs document without expanding it', () => {
    const err = errorOf(() => parseXmlSafely(BILLION_LAUGHS, { fileName: 'project.qde' }));
    expect(err.code).toBe('unsafe_archive');
    expect(err.message).toContain('project.qde');
    expect(err.details).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses an external entity, whatever the case of the keyword', () => {
    expect(errorOf(() => parseXmlSafely(EXTERNAL_ENTITY)).code).toBe('unsafe_archive');
    expect(errorOf(() => parseXmlSafely('<a><!ENTITY x "y"></a>')).code).toBe('unsafe_archive');
  });

  it('reports an unclosed tag as parse_error with line and column', () => {
    const err = errorOf(() => parseXmlSafely('<doc>\n  <p>text\n</doc>', { fileName: 'a.docx:word/document.xml' }));
    expect(err.code).toBe('parse_error');
    expect(err.message).toMatch(/a\.docx:word\/document\.xml: malformed XML at line 3, column \d+/);
    expect(err.details).toMatchObject({ line: 3 });
  });

  it('reports text that is not XML at all as parse_error', () => {
    expect(errorOf(() => parseXmlSafely('PK\u0003\u0004 binary')).code).toBe('parse_error');
  });
});

describe('decodeXmlReferences', () => {
  it('leaves unknown names and impossible code points as written', () => {
    expect(decodeXmlReferences('&nbsp;&#xD800;&#x110000;&#65;')).toBe('&nbsp;&#xD800;&#x110000;A');
  });
});
