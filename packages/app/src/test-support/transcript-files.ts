import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';

/** One speaker turn of a generated transcript. */
export interface TurnModel {
  speaker: string;
  words: string;
}

// Strong labels (the shape `parseLabelledParagraphs` always accepts) and words that cannot be
// read as a label: real-looking text with Norwegian letters, emoji and the characters markup
// must escape. Control characters and other name problems are left to the name-cleaning work
// (issue 7, item 7): these are the texts of turns, not names.
const SPEAKERS = ['J1', 'J2', 'T1', 'S3', 'Intervjuer', 'Interviewer', 'I'] as const;
const WORDS = ['jeg', 'fikk', 'jobb', 'på', 'bakeriet', 'æøå', 'ÆØÅ', 'Sjefen', '«bra»', '👍🏽', '🎉', 'and', 'then', 'we',
  'talked', 'about', 'money', '&', '<grenser>', '"i', 'dag"', "it's", '10:30', 'ok.', 'Ja?', 'e\u0301', '—', 'ja', 'nei'] as const;

/** Turns with strong labels and one line of words each. */
export function turnModels(): fc.Arbitrary<TurnModel[]> {
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
  return fc.array(fc.record({ speaker: fc.constantFrom(...SPEAKERS), words }), { minLength: 1, maxLength: 12 });
}

/** What a reader must make of `turns`: each turn's speaker and its words, in order. */
export function expectedTurns(turns: readonly TurnModel[]): Array<[string, string]> {
  return turns.map((t) => [t.speaker, t.words.normalize('NFC')]);
}

/** As {@link expectedTurns}, with consecutive turns of one speaker merged as subtitles merge them. */
export function expectedCueTurns(turns: readonly TurnModel[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [speaker, words] of expectedTurns(turns)) {
    const last = out[out.length - 1];
    if (last && last[0] === speaker) last[1] += ` ${words}`;
    else out.push([speaker, words]);
  }
  return out;
}

/** How a plain-text file is laid out: line ends, blank lines, a byte-order mark. */
export interface TxtStyle {
  lineEnd: '\n' | '\r\n';
  blankLines: boolean;
  bom: boolean;
}

/** A txt transcript of `turns`. */
export function txtFile(turns: readonly TurnModel[], style: TxtStyle): Uint8Array {
  const sep = style.blankLines ? style.lineEnd + style.lineEnd : style.lineEnd;
  return strToU8((style.bom ? '\uFEFF' : '') + turns.map((t) => `${t.speaker}: ${t.words}`).join(sep) + style.lineEnd);
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `word/document.xml` of `turns`: a bold label run, then the words split over runs at `cuts`. */
export function docxXml(turns: readonly TurnModel[], cuts: readonly number[]): string {
  const paragraphs = turns.map((t, i) => {
    const words = t.words.split(' ');
    const at = Math.min(words.length, (cuts[i % Math.max(1, cuts.length)] ?? 0) % (words.length + 1));
    const runs = [words.slice(0, at).join(' '), words.slice(at).join(' ')].filter((r) => r !== '');
    const label = `<w:r><w:rPr><w:b/></w:rPr><w:t>${escapeXml(t.speaker)}:</w:t></w:r>`;
    const rest = runs.map((r) => `<w:r><w:t xml:space="preserve"> ${escapeXml(r)}</w:t></w:r>`).join('');
    return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${label}${rest}</w:p>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`;
}

/** A docx holding `documentXml`. */
export function docxFile(documentXml: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'word/document.xml': strToU8(documentXml) });
}

const time = (ms: number, mark: '.' | ','): string => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${mark}${pad(ms % 1000, 3)}`;
};

/** A WebVTT file: one cue per turn, the speaker as a voice tag or a `Name:` prefix. */
export function vttFile(turns: readonly TurnModel[], voiceTags: boolean): Uint8Array {
  const cues = turns.map((t, i) => `${i + 1}\n${time(i * 2000, '.')} --> ${time(i * 2000 + 1500, '.')}\n${voiceTags ? `<v ${t.speaker}>` : `${t.speaker}: `}${t.words.replace(/&/g, '&amp;').replace(/</g, '&lt;')}`);
  return strToU8(`WEBVTT\n\n${cues.join('\n\n')}\n`);
}

/** A SubRip file: numbered cues, `Name:` prefixes (SubRip has no escapes: `<…>` is a tag). */
export function srtFile(turns: readonly TurnModel[]): Uint8Array {
  const cues = turns.map((t, i) => `${i + 1}\r\n${time(i * 2000, ',')} --> ${time(i * 2000 + 1500, ',')}\r\n${t.speaker}: ${t.words}`);
  return strToU8(`${cues.join('\r\n\r\n')}\r\n`);
}
