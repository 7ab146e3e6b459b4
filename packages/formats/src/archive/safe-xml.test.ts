import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { INPUT_LIMITS } from '../input-limits.js';
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

  it('drops whitespace between child elements and keeps text as written, line ends normalised', () => {
    const doc = parseXmlSafely('<Notes>\r\n  <Note><PlainTextContent>  Hei\r\n  du </PlainTextContent></Note>\n  <Note/>\n</Notes>');
    expect(doc).toEqual({ Notes: { Note: [{ PlainTextContent: { '#text': '  Hei\n  du ' } }, {}] } });
  });

  it('treats a tag named __proto__ as a tag, not as the object prototype', () => {
    const doc = parseXmlSafely('<a><__proto__ x="1"/></a>') as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(doc['a'])).toBeNull();
    expect(doc['a']?.['__proto__']).toEqual({ '@_x': '1' });
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

  it.each([
    ['<a><b></a></b>', '</a> does not close <b>'],
    ['<a/><b/>', 'a second root element'],
    ['<a x="1" x="2"/>', 'attribute "x" is repeated'],
    ['<a x=1/>', 'malformed attributes in <a>'],
    ['<a <b/></a>', 'a tag without its closing ">"'],
    ['<a>', '<a> is never closed'],
    ['', 'the document has no root element'],
    ['<a/>tail', 'text outside the root element'],
    ['<1a/>', '"1a" is not an element name'],
  ])('refuses %j: %s', (xml, reason) => {
    const err = errorOf(() => parseXmlSafely(xml));
    expect(err.code).toBe('parse_error');
    expect(err.details['reason']).toBe(reason);
  });

  it('refuses nesting past the limit with nesting_too_deep and a message that says the limit', () => {
    const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(() => parseXmlSafely(nested(INPUT_LIMITS.xmlDepth))).not.toThrow();
    const err = errorOf(() => parseXmlSafely(nested(2_000), { fileName: 'deep.qdc' }));
    expect(err.code).toBe('nesting_too_deep');
    expect(err.message).toBe('deep.qdc: elements are nested more than 256 levels deep (at line 1, column 769), the limit');
  });

  it('refuses a tag longer than the limit without waiting for its end', () => {
    const err = errorOf(() => parseXmlSafely(`<a x="${'y'.repeat(INPUT_LIMITS.xmlTagCharacters)}`));
    expect(err.code).toBe('file_too_large');
    expect(err.message).toMatch(/a tag is more than the limit of 1,048,576 characters/);
  });

  it('reads bytes cut anywhere (inside tags, references, characters and CRLF) as it reads them whole', () => {
    const xml = '<?xml version="1.0"?>\r\n<P n="&amp;æ">\r\n<T>a&#x1F600;b&lt;\r\nc<![CDATA[<x>&amp;]]>ø</T><!-- note --></P>';
    const bytes = strToU8(xml);
    const whole = parseXmlSafely(xml);
    expect(whole).toEqual({ P: { '@_n': '&æ', T: { '#text': 'a😀b<\nc<x>&amp;ø' } } });
    for (let cut = 1; cut < bytes.length; cut++) {
      const pieces = (push: (chunk: Uint8Array) => void) => {
        push(bytes.subarray(0, cut));
        push(bytes.subarray(cut));
      };
      expect(parseXmlSafely(pieces)).toEqual(whole);
    }
  });

  it('refuses bytes that are not UTF-8, naming the file', () => {
    const err = errorOf(() => parseXmlSafely(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), { fileName: 'x.qdc' }));
    expect([err.code, err.message]).toEqual(['parse_error', 'x.qdc: not valid UTF-8 text']);
  });
});

describe('decodeXmlReferences', () => {
  it('leaves unknown names and impossible code points as written', () => {
    expect(decodeXmlReferences('&nbsp;&#xD800;&#x110000;&#65;')).toBe('&nbsp;&#xD800;&#x110000;A');
  });
});
