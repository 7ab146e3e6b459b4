import { PolyphonyError } from '@polyphony/core';
import { INPUT_LIMITS, tooLarge } from '../input-limits.js';
import { decodeXmlReferences } from './xml-references.js';

/** What an {@link XmlScanner} reports, in document order. Names are as written (`w:p`). */
export interface XmlHandler {
  /** A start tag (or an empty-element tag, which is followed by its `close`). */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Character data with references decoded; one text node may arrive in several pieces. */
  text(text: string): void;
}

/** Limits and naming of a scan. */
export interface XmlScanOptions {
  /** The file the XML came from (`report.docx:word/document.xml`), used in error messages. */
  fileName?: string;
  /** Deepest element nesting accepted. Default {@link INPUT_LIMITS}`.xmlDepth`. */
  maxDepth?: number;
}

const NAME = /^[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9._:\u00B7\u00C0-\uFFFF]*$/;
const ATTRIBUTE = /\s+([^\s=/>"'<]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>$/y;
// An entity or character reference is never longer than this; a `&` this far from the end of
// the buffer without a `;` is plain text.
const LONGEST_REFERENCE = 12;

type Mode = 'content' | 'comment' | 'cdata';

/**
 * A streaming, SAX-style XML reader for untrusted documents: `write` text in pieces of any size,
 * then `end`. Memory stays at the size of one tag plus one piece whatever the document's size,
 * because text is handed on as it arrives and never gathered here, and nothing else is kept but
 * the stack of open element names.
 *
 * Refused: any `<!DOCTYPE` or `<!ENTITY` (`unsafe_archive`: this closes entity expansion and
 * external entities in one rule, and neither docx nor REFI-QDA uses a DTD); nesting deeper than
 * `maxDepth` (`nesting_too_deep`); a tag longer than {@link INPUT_LIMITS}`.xmlTagCharacters`
 * (`file_too_large`); anything not well-formed (`parse_error` with `line` and `column`):
 * unmatched or unclosed tags, a second root, text outside the root, a malformed tag or
 * attribute, a repeated attribute. Only the five predefined entities and numeric character
 * references are decoded; line ends are normalised to `\n` as XML requires.
 */
export class XmlScanner {
  private readonly fileName: string;
  private readonly maxDepth: number;
  private readonly stack: string[] = [];
  private buffer = '';
  private mode: Mode = 'content';
  private rootClosed = false;
  // Line and column bookkeeping for messages: lines before `buffer`, and where the last began.
  private line = 1;
  private lineStart = 0;
  private consumed = 0;

  constructor(private readonly handler: XmlHandler, options: XmlScanOptions = {}) {
    this.fileName = options.fileName ?? 'XML';
    this.maxDepth = options.maxDepth ?? INPUT_LIMITS.xmlDepth;
  }

  /** Reads the next piece of the document. */
  write(piece: string): void {
    this.buffer = this.buffer.length === 0 ? piece : this.buffer + piece;
    this.advance(this.scan(false));
  }

  /** Reads what is left and checks that the document is complete. */
  end(): void {
    this.advance(this.scan(true));
    if (this.mode !== 'content' || this.buffer.length > 0) {
      throw this.malformed(0, this.mode === 'comment' ? 'unclosed comment' : this.mode === 'cdata' ? 'unclosed CDATA section' : 'unfinished tag');
    }
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) throw this.malformed(0, `<${open}> is never closed`);
    if (!this.rootClosed) throw this.malformed(0, 'the document has no root element');
  }

  /** Consumes as much of the buffer as can be read now; returns how far it got. */
  private scan(final: boolean): number {
    const b = this.buffer;
    let i = 0;
    while (i < b.length) {
      if (this.mode === 'comment' || this.mode === 'cdata') {
        const close = this.mode === 'comment' ? '-->' : ']]>';
        const at = b.indexOf(close, i);
        let upTo = at < 0 ? Math.max(i, b.length - (close.length - 1)) : at;
        if (at < 0 && b[upTo - 1] === '\r') upTo -= 1;
        if (this.mode === 'cdata' && upTo > i) this.content(b.slice(i, upTo), i, false);
        if (at < 0) return final ? i : upTo;
        this.mode = 'content';
        i = at + close.length;
        continue;
      }
      const lt = b.indexOf('<', i);
      if (lt !== i) {
        let upTo = lt < 0 ? b.length : lt;
        if (lt < 0 && !final) upTo = safeTextEnd(b, i, upTo);
        if (upTo > i) this.content(b.slice(i, upTo), i, true);
        if (lt < 0) return upTo;
        i = lt;
      }
      const next = this.markup(b, i, final);
      if (next < 0) return i;
      i = next;
    }
    return i;
  }

  /** Reads the markup at `b[i] === '<'`; returns where it ends, or -1 when more input is needed. */
  private markup(b: string, i: number, final: boolean): number {
    const need = (at: number): number => {
      if (at >= 0) return at;
      if (b.length - i > INPUT_LIMITS.xmlTagCharacters) throw tooLarge(this.fileName, 'a tag', INPUT_LIMITS.xmlTagCharacters, 'characters', this.position(i));
      if (final) throw this.malformed(i, 'unfinished tag');
      return -1;
    };
    if (b.length - i < 9 && !final) return -1; // `<![CDATA[` is the longest opening
    if (b.startsWith('<!--', i)) {
      this.mode = 'comment';
      return i + 4;
    }
    if (b.startsWith('<![CDATA[', i)) {
      if (this.stack.length === 0) throw this.malformed(i, 'CDATA outside the root element');
      this.mode = 'cdata';
      return i + 9;
    }
    const declaration = /^<!(DOCTYPE|ENTITY)/i.exec(b.slice(i, i + 9));
    if (declaration) {
      const { line, column } = this.position(i);
      throw new PolyphonyError(
        'unsafe_archive',
        `${this.fileName}: refused a <!${declaration[1]?.toUpperCase()}> declaration at line ${line}, column ${column} (DTDs and entities are not allowed)`,
        { file: this.fileName, line, column },
      );
    }
    if (b.startsWith('<!', i)) throw this.malformed(i, 'unknown markup declaration');
    if (b.startsWith('<?', i)) {
      const end = need(b.indexOf('?>', i + 2));
      return end < 0 ? -1 : end + 2;
    }
    const found = tagEnd(b, i + 1);
    if (found === 'broken') throw this.malformed(i, 'a tag without its closing ">"');
    const end = need(found);
    if (end < 0) return -1;
    if (end - i > INPUT_LIMITS.xmlTagCharacters) throw tooLarge(this.fileName, 'a tag', INPUT_LIMITS.xmlTagCharacters, 'characters', this.position(i));
    const tag = b.slice(i + 1, end);
    if (tag.startsWith('/')) this.closeTag(tag.slice(1).trimEnd(), i);
    else this.openTag(tag, i);
    return end + 1;
  }

  private openTag(tag: string, at: number): void {
    const nameEnd = tag.search(/[\s/]|$/);
    const name = tag.slice(0, nameEnd);
    if (!NAME.test(name)) throw this.malformed(at, name === '' ? "'<' that does not start a tag" : `"${name.slice(0, 40)}" is not an element name`);
    if (this.stack.length === 0 && this.rootClosed) throw this.malformed(at, 'a second root element');
    const attributes: Record<string, string> = {};
    ATTRIBUTE.lastIndex = nameEnd;
    let pos = nameEnd;
    for (let m = ATTRIBUTE.exec(tag); m !== null; m = ATTRIBUTE.exec(tag)) {
      const key = m[1] ?? '';
      if (Object.hasOwn(attributes, key)) throw this.malformed(at, `attribute "${key}" is repeated`);
      attributes[key] = decodeXmlReferences(normaliseLineEnds(m[2] ?? m[3] ?? ''));
      pos = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = pos;
    const end = TAG_END.exec(tag + '>');
    if (end === null || TAG_END.lastIndex !== tag.length + 1) throw this.malformed(at, `malformed attributes in <${name}>`);
    if (this.stack.length >= this.maxDepth) {
      const { line, column } = this.position(at);
      throw new PolyphonyError(
        'nesting_too_deep',
        `${this.fileName}: elements are nested more than ${this.maxDepth} levels deep (at line ${line}, column ${column}), the limit`,
        { file: this.fileName, limit: this.maxDepth, line, column },
      );
    }
    this.stack.push(name);
    this.handler.open(name, attributes);
    if (end[1] === '/') this.closeTag(name, at);
  }

  private closeTag(name: string, at: number): void {
    const open = this.stack.pop();
    if (open !== name) throw this.malformed(at, open === undefined ? `</${name}> closes nothing` : `</${name}> does not close <${open}>`);
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(name);
  }

  /** Hands raw text on, line ends normalised and (outside CDATA) references decoded. */
  private content(raw: string, at: number, plain: boolean): void {
    if (this.stack.length === 0) {
      // Outside the root only whitespace is allowed (CDATA never gets here).
      if (/^\s*$/.test(raw)) return;
      throw this.malformed(at + (raw.length - raw.trimStart().length), 'text outside the root element');
    }
    const text = normaliseLineEnds(raw);
    this.handler.text(plain ? decodeXmlReferences(text) : text);
  }

  /** Drops the consumed part of the buffer, keeping line numbers right. */
  private advance(to: number): void {
    const done = this.buffer.slice(0, to);
    for (let nl = done.indexOf('\n'); nl >= 0; nl = done.indexOf('\n', nl + 1)) {
      this.line += 1;
      this.lineStart = this.consumed + nl + 1;
    }
    this.consumed += to;
    this.buffer = this.buffer.slice(to);
  }

  private position(at: number): { line: number; column: number } {
    let { line, lineStart } = this;
    const before = this.buffer.slice(0, at);
    for (let nl = before.indexOf('\n'); nl >= 0; nl = before.indexOf('\n', nl + 1)) {
      line += 1;
      lineStart = this.consumed + nl + 1;
    }
    return { line, column: this.consumed + at - lineStart + 1 };
  }

  private malformed(at: number, reason: string): PolyphonyError {
    const { line, column } = this.position(Math.min(at, this.buffer.length));
    return new PolyphonyError('parse_error', `${this.fileName}: malformed XML at line ${line}, column ${column}: ${reason}`, {
      file: this.fileName,
      line,
      column,
      reason,
    });
  }
}

/** Where the tag opened before `from` ends: the first `>` outside quotes; -1 when not yet read. */
function tagEnd(b: string, from: number): number | 'broken' {
  let quote = '';
  for (let i = from; i < b.length; i++) {
    const c = b[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    } else if (c === '<') {
      // A `<` inside a tag means its `>` is missing.
      return 'broken';
    }
  }
  return -1;
}

/** The end of text that is safe to hand on: never inside a reference or between `\r` and `\n`. */
function safeTextEnd(b: string, from: number, to: number): number {
  let end = to;
  if (b[end - 1] === '\r') end -= 1;
  const amp = b.lastIndexOf('&', end - 1);
  if (amp >= from && end - amp < LONGEST_REFERENCE && !b.includes(';', amp)) end = amp;
  return end;
}

/** `\r\n` and a lone `\r` become `\n` (XML 1.0 §2.11). */
function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
