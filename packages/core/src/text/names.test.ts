import { describe, expect, it } from 'vitest';
import { PolyphonyError } from '../errors.js';
import { checkName, cleanName, NAME_MAX_LENGTH, showName, stripInvisible } from './names.js';

/** The `invalid_name` error that `fn` throws (fails the test if it throws nothing or another). */
function refusal(fn: () => unknown): PolyphonyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolyphonyError);
    expect((e as PolyphonyError).code).toBe('invalid_name');
    return e as PolyphonyError;
  }
  throw new Error('expected invalid_name, nothing was thrown');
}

// Ø has no decomposition; å has (a + U+030A), so this pair differs in NFD and NFC.
const NFC = 'Økonomi på sikt';
const NFD = NFC.normalize('NFD');

describe('checkName', () => {
  it('stores names NFC-normalised and trimmed, so NFD twins become one string', () => {
    expect(NFD).not.toBe(NFC);
    expect(checkName('code name', NFD)).toBe(NFC);
    expect(checkName('code name', `  ${NFC}\t`)).toBe(NFC);
    expect(checkName('theme name', 'Being heard')).toBe('Being heard');
  });

  it('refuses an empty name and one of spaces only', () => {
    expect(refusal(() => checkName('code name', '')).message).toBe('A code name cannot be empty');
    expect(refusal(() => checkName('source name', ' \t\n ')).message).toBe('A source name cannot be empty');
  });

  it('names the kind, the character and its position for a right-to-left override', () => {
    const e = refusal(() => checkName('code name', 'Pres\u202Esure'));
    expect(e.message).toBe('Code name "Pres⟨U+202E⟩sure" contains a right-to-left override (U+202E) at position 5');
    expect(e.details).toMatchObject({ kind: 'code name', position: 5, character: 'U+202E' });
  });

  it.each([
    ['\u0000', 'a NUL character (U+0000)'],
    ['\u0009', 'a tab (U+0009)'],
    ['\u000A', 'a line break (U+000A)'],
    ['\u000D', 'a line break (U+000D)'],
    ['\u0001', 'a control character (U+0001)'],
    ['\u001B', 'a control character (U+001B)'],
    ['\u007F', 'a control character (U+007F)'],
    ['\u0085', 'a line break (U+0085)'],
    ['\u009B', 'a control character (U+009B)'],
    ['\u2028', 'a line separator (U+2028)'],
  ])('refuses the control character %j inside a name', (ch, words) => {
    expect(refusal(() => checkName('theme name', `Work${ch}life`)).message).toBe(`Theme name "Work⟨${words.match(/U\+[0-9A-F]+/)![0]}⟩life" contains ${words} at position 5`);
  });

  it.each([
    ['\u202A', 'left-to-right embedding'],
    ['\u202B', 'right-to-left embedding'],
    ['\u202C', 'pop directional formatting'],
    ['\u202D', 'left-to-right override'],
    ['\u202E', 'right-to-left override'],
    ['\u2066', 'left-to-right isolate'],
    ['\u2067', 'right-to-left isolate'],
    ['\u2068', 'first strong isolate'],
    ['\u2069', 'pop directional isolate'],
    ['\u200E', 'left-to-right mark'],
    ['\u200F', 'right-to-left mark'],
    ['\u061C', 'Arabic letter mark'],
  ])('refuses the bidirectional control %j, also at the end of a name', (ch, words) => {
    expect(refusal(() => checkName('participant id', `J1${ch}`)).message).toMatch(new RegExp(`^Participant id "J1⟨U\\+[0-9A-F]{4}⟩" contains an? ${words} \\(U\\+[0-9A-F]{4}\\) at position 3$`));
  });

  it.each([
    ['\u200B', 'a zero-width space (U+200B)'],
    ['\u2060', 'a word joiner (U+2060)'],
    ['\uFEFF', 'a zero-width no-break space (U+FEFF)'],
    ['\u00AD', 'a soft hyphen (U+00AD)'],
    ['\u2061', 'an invisible formatting character (U+2061)'],
    ['\u{E0041}', 'an invisible formatting character (U+E0041)'],
  ])('refuses the format character %j', (ch, words) => {
    expect(refusal(() => checkName('source name', `Inter${ch}view`)).message).toContain(`contains ${words} at position 6`);
  });

  it('accepts zero-width joiners where a script or an emoji needs them', () => {
    const persian = 'می\u200Cخواهم'; // "I want": the non-joiner keeps می apart from the verb
    const devanagari = 'क्\u200Dष';
    const family = '👨\u200D👩\u200D👧';
    const rainbowFlag = '🏳\uFE0F\u200D🌈';
    for (const name of [persian, devanagari, family, rainbowFlag, `Familie ${family}`]) expect(checkName('code name', name)).toBe(name);
  });

  it('refuses a joiner that joins nothing: at an edge, between ASCII letters, twice, or alone', () => {
    expect(refusal(() => checkName('code name', 'Stress\u200D')).message).toBe('Code name "Stress⟨U+200D⟩" contains a zero-width joiner (U+200D) that joins no two letters at position 7');
    expect(refusal(() => checkName('code name', '\u200CStress')).message).toContain('zero-width non-joiner (U+200C) that joins no two letters at position 1');
    expect(refusal(() => checkName('code name', 'Str\u200Cess')).message).toContain('at position 4');
    expect(refusal(() => checkName('code name', 'می\u200C\u200Cخواهم')).message).toContain('at position 3');
    expect(refusal(() => checkName('code name', '\u200D')).message).toContain('zero-width joiner');
  });

  it('refuses names of zero-width or other invisible characters only', () => {
    expect(refusal(() => checkName('theme name', '\u200B')).message).toBe('Theme name "⟨U+200B⟩" contains a zero-width space (U+200B) at position 1');
    expect(refusal(() => checkName('theme name', '\u200B\u200B\u200B')).message).toContain('zero-width space');
    expect(refusal(() => checkName('theme name', '\u3164')).message).toBe('Theme name "⟨U+3164⟩" has only invisible characters');
    expect(refusal(() => checkName('theme name', '\u3164 \u3164')).message).toContain('has only invisible characters');
    expect(refusal(() => checkName('theme name', '\u0301')).message).toContain('has only invisible characters');
    expect(refusal(() => checkName('theme name', '\u2800')).message).toContain('has only invisible characters');
  });

  it('refuses lone surrogates and accepts whole pairs', () => {
    expect(refusal(() => checkName('source name', 'A\uD83Db')).message).toBe(
      'Source name "A⟨U+D83D⟩b" contains a lone surrogate (U+D83D), half of a character that was cut apart at position 2',
    );
    expect(refusal(() => checkName('source name', 'A\uDE00')).message).toContain('lone surrogate (U+DE00)');
    expect(refusal(() => checkName('source name', '\uDE00\uD83D')).message).toContain('at position 1');
    expect(checkName('source name', 'Glad 😀')).toBe('Glad 😀');
  });

  it('refuses noncharacters', () => {
    for (const cp of [0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x1fffe, 0x10ffff]) {
      const ch = String.fromCodePoint(cp);
      expect(refusal(() => checkName('case label', `G${ch}1`)).message).toContain(`contains a noncharacter (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) at position 2`);
    }
  });

  it('counts positions in characters, not UTF-16 units', () => {
    expect(refusal(() => checkName('code name', '😀😀\u0000')).message).toContain('at position 3');
  });

  it(`accepts ${NAME_MAX_LENGTH} characters and refuses one more, saying the limit`, () => {
    expect(checkName('code name', 'x'.repeat(NAME_MAX_LENGTH))).toHaveLength(NAME_MAX_LENGTH);
    expect(checkName('code name', '😀'.repeat(NAME_MAX_LENGTH))).toHaveLength(2 * NAME_MAX_LENGTH);
    const e = refusal(() => checkName('code name', 'x'.repeat(NAME_MAX_LENGTH + 1)));
    expect(e.message).toMatch(/^Code name "x{80}…" is 201 characters long; a name has at most 200$/);
  });

  it('accepts the names a study uses', () => {
    for (const name of ['J1', 'Økonomisk trygghet', 'Being heard (not just listened to)', 'Ansatt – NAV', 'Δ', '中文代码', 'سلام', 'שלום', 'Ønske om jobb 50 %', 'a\u00A0b']) {
      expect(checkName('code name', name)).toBe(name);
    }
  });
});

describe('showName', () => {
  it('writes characters that show as nothing or a blank as ⟨U+XXXX⟩ and keeps plain spaces', () => {
    expect(showName('A B\u0000\u202E\u00A0\u200D😀')).toBe('A B⟨U+0000⟩⟨U+202E⟩⟨U+00A0⟩⟨U+200D⟩😀');
  });

  it('cuts a long name', () => {
    expect(showName('y'.repeat(500))).toBe(`${'y'.repeat(80)}…`);
  });
});

describe('cleanName', () => {
  it('removes what cannot stand in a name and says so in a warning', () => {
    const warnings: string[] = [];
    expect(cleanName('code name', 'Pres\u202Esure\u0000', warnings)).toBe('Pressure');
    expect(cleanName('code name', 'Stress\u200F', warnings)).toBe('Stress');
    expect(warnings).toEqual([
      'Code name "Pres⟨U+202E⟩sure⟨U+0000⟩" was stored as "Pressure" (a right-to-left override (U+202E) removed, a NUL character (U+0000) removed)',
      'Code name "Stress⟨U+200F⟩" was stored as "Stress" (a right-to-left mark (U+200F) removed)',
    ]);
  });

  it('turns tabs and line breaks into one space', () => {
    const warnings: string[] = [];
    expect(cleanName('source name', 'Group\t\r\nmeeting\u0001 2', warnings)).toBe('Group meeting 2');
    expect(warnings[0]).toContain('a tab (U+0009) replaced by a space');
  });

  it('NFC and trimming alone are not worth a warning', () => {
    const warnings: string[] = [];
    expect(cleanName('code name', `  ${NFD} `, warnings)).toBe(NFC);
    expect(warnings).toEqual([]);
  });

  it('keeps joiners a script needs and drops those that join nothing', () => {
    const warnings: string[] = [];
    expect(cleanName('code name', 'می\u200Cخواهم', warnings)).toBe('می\u200Cخواهم');
    expect(cleanName('code name', '\u200DStr\u200Cess\u200D', warnings)).toBe('Stress');
    expect(warnings).toHaveLength(1);
  });

  it('drops lone surrogates and noncharacters', () => {
    expect(cleanName('source name', 'A\uD83Db\uFFFE')).toBe('Ab');
  });

  it('re-composes letters that a removed character kept apart', () => {
    expect(cleanName('code name', NFD.replace('a\u030A', 'a\u200B\u030A'))).toBe(NFC);
  });

  it(`cuts a name longer than ${NAME_MAX_LENGTH} characters, without leaving half a character`, () => {
    const warnings: string[] = [];
    const cut = cleanName('source name', `${'a'.repeat(NAME_MAX_LENGTH - 1)}😀😀`, warnings);
    expect(cut).toBe(`${'a'.repeat(NAME_MAX_LENGTH - 1)}😀`);
    expect(warnings[0]).toContain(`cut to ${NAME_MAX_LENGTH} characters`);
  });

  it('refuses only a name with nothing visible left', () => {
    expect(refusal(() => cleanName('source name', '\u202E\u200B\u0000')).message).toBe(
      'Source name "⟨U+202E⟩⟨U+200B⟩⟨U+0000⟩" has nothing visible once control and invisible characters are removed',
    );
    expect(refusal(() => cleanName('code name', '   ')).message).toBe('A code name is empty once control and invisible characters are removed');
    expect(refusal(() => cleanName('code name', '\u3164')).code).toBe('invalid_name');
  });

  it('always returns a name that checkName accepts unchanged, and cleaning twice changes nothing', () => {
    // A fixed-seed generator over the characters the rules are about, mixed with letters.
    const alphabet = [
      'a', 'Ø', 'O', '\u0308', ' ', '\t', '\n', '\u0000', '\u0001', '\u007F', '\u0085', '\u00A0', '\u00AD', '\u061C', '\u200B',
      '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2028', '\u2060', '\u2066', '\u2069', '\u3164', '\uFEFF',
      '\uFFFE', '\uD83D', '\uDE00', '😀', 'ی', 'م', 'क', '्', '\uFE0F', '\u{E0041}',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let cleaned = 0;
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * (n % 10 === 0 ? 260 : 12));
      const raw = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      let name: string;
      try {
        name = cleanName('code name', raw);
      } catch (e) {
        expect((e as PolyphonyError).code, JSON.stringify(raw)).toBe('invalid_name');
        expect(stripInvisible(raw).replace(/[\p{White_Space}\p{M}\p{Default_Ignorable_Code_Point}]/gu, ''), JSON.stringify(raw)).toBe('');
        continue;
      }
      cleaned++;
      expect(checkName('code name', name), JSON.stringify(raw)).toBe(name);
      expect(cleanName('code name', name), JSON.stringify(raw)).toBe(name);
    }
    expect(cleaned).toBeGreaterThan(1000);
  });
});
